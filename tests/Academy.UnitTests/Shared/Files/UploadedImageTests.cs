using Academy.Shared.Files;

namespace Academy.UnitTests.Shared.Files;

public sealed class UploadedImageTests
{
    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The start of a baseline JPEG 3 pixels wide and 2 high: SOI, a JFIF APP0 segment, then the start of frame.</summary>
    private static readonly byte[] Jpeg =
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xD9,
    ];

    /// <summary>A real 1×1 lossless WebP.</summary>
    private static readonly byte[] WebP = Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    [Fact]
    public void Recognises_png_jpeg_and_webp_from_their_own_bytes_with_their_size()
    {
        Assert.Equal(new UploadedImage("image/png", 1, 1), UploadedImage.Recognise(Png));
        Assert.Equal(new UploadedImage("image/jpeg", 3, 2), UploadedImage.Recognise(Jpeg));
        Assert.Equal(new UploadedImage("image/webp", 1, 1), UploadedImage.Recognise(WebP));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("")]
    public void Anything_else_is_not_an_image_whatever_it_is_called(string text) =>
        Assert.Null(UploadedImage.Recognise(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_truncated_or_absurd_header_is_not_an_image()
    {
        Assert.Null(UploadedImage.Recognise(Png.AsSpan(0, 20)));
        var huge = Png.ToArray();
        huge[16] = 0x7F; // width of two billion pixels
        Assert.Null(UploadedImage.Recognise(huge));
        Assert.Null(UploadedImage.Recognise(Jpeg.AsSpan(0, 22)));
    }

    [Fact]
    public void Re_encoding_keeps_a_png_a_png_and_a_webp_a_webp_with_their_size()
    {
        var png = UploadedImage.ReEncode(Png)!;
        var webP = UploadedImage.ReEncode(WebP)!;

        Assert.Equal(new UploadedImage("image/png", 1, 1), UploadedImage.Recognise(png.Bytes));
        Assert.Equal(("image/png", 1, 1), (png.ContentType, png.Width, png.Height));
        Assert.Equal(new UploadedImage("image/webp", 1, 1), UploadedImage.Recognise(webP.Bytes));
        Assert.Equal("image/webp", webP.ContentType);
    }

    [Fact]
    public void A_header_that_promises_a_picture_the_decoder_cannot_read_is_not_stored() =>
        Assert.Null(UploadedImage.ReEncode(Jpeg)); // a valid start of frame, but no image data after it
}
