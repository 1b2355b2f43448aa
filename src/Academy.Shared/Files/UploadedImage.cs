using System.Buffers.Binary;
using SkiaSharp;

namespace Academy.Shared.Files;

/// <summary>
/// What an uploaded file really is, judged from its own bytes (never from its name or the browser's content
/// type): a JPEG, PNG or WebP image whose header parses and names a sensible size, or nothing.
/// </summary>
public sealed record UploadedImage(string ContentType, int Width, int Height)
{
    public const int MaximumSide = 10_000;

    // High enough that a photo shows no new artefacts; the original's quality is not recorded in the file.
    private const int LossyQuality = 90;

    public static UploadedImage? Recognise(ReadOnlySpan<byte> bytes)
    {
        var image = Png(bytes) ?? Jpeg(bytes) ?? WebP(bytes);
        return image is { Width: > 0 and <= MaximumSide, Height: > 0 and <= MaximumSide } ? image : null;
    }

    /// <summary>
    /// Decodes the picture and encodes its pixels again (SkiaSharp), in the same format where it can: only the
    /// pixels survive, so the EXIF block of a phone photo (GPS position, camera, time) and any other metadata or
    /// trailing bytes are gone. A JPEG's EXIF orientation is applied first, so the picture stays upright. Null
    /// when the bytes are not a picture this recognises or do not decode.
    /// </summary>
    public static ReEncodedImage? ReEncode(byte[] bytes)
    {
        if (Recognise(bytes) is not { } recognised)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width != recognised.Width || codec.Info.Height != recognised.Height)
        {
            return null; // the header promised one picture and the decoder sees another
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var turned = Upright(decoded, codec.EncodedOrigin);
        var picture = turned ?? decoded;
        var (format, contentType) = recognised.ContentType switch
        {
            "image/jpeg" => (SKEncodedImageFormat.Jpeg, "image/jpeg"),
            "image/webp" => (SKEncodedImageFormat.Webp, "image/webp"),
            _ => (SKEncodedImageFormat.Png, "image/png"),
        };
        var encoded = picture.Encode(format, LossyQuality);
        if (encoded is null && format != SKEncodedImageFormat.Png)
        {
            // A format this build of Skia cannot write becomes PNG, which every build writes.
            (encoded, contentType) = (picture.Encode(SKEncodedImageFormat.Png, 100), "image/png");
        }

        using (encoded)
        {
            return encoded is null ? null : new ReEncodedImage(contentType, picture.Width, picture.Height, encoded.ToArray());
        }
    }

    /// <summary>The picture turned as its EXIF orientation says it is to be shown; null when it is upright already.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        float width = bitmap.Width, height = bitmap.Height;
        // x' = ScaleX·x + SkewX·y + TransX; y' = SkewY·x + ScaleY·y + TransY (EXIF orientations 2 to 8).
        (float ScaleX, float SkewX, float TransX, float SkewY, float ScaleY, float TransY)? transform = origin switch
        {
            SKEncodedOrigin.TopRight => (-1, 0, width, 0, 1, 0),
            SKEncodedOrigin.BottomRight => (-1, 0, width, 0, -1, height),
            SKEncodedOrigin.BottomLeft => (1, 0, 0, 0, -1, height),
            SKEncodedOrigin.LeftTop => (0, 1, 0, 1, 0, 0),
            SKEncodedOrigin.RightTop => (0, -1, height, 1, 0, 0),
            SKEncodedOrigin.RightBottom => (0, -1, height, -1, 0, width),
            SKEncodedOrigin.LeftBottom => (0, 1, 0, -1, 0, width),
            _ => null,
        };
        if (transform is not { } t)
        {
            return null;
        }

        var sideways = t.ScaleX == 0;
        var upright = new SKBitmap(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(new SKMatrix(t.ScaleX, t.SkewX, t.TransX, t.SkewY, t.ScaleY, t.TransY, 0, 0, 1));
        canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null); // whole-pixel turns: nothing to blend
        return upright;
    }

    private static UploadedImage? Png(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        // The first chunk of every PNG is IHDR, which carries the size.
        if (bytes.Length < 33 || !bytes.StartsWith(signature) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return new UploadedImage("image/png", (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
    }

    private static UploadedImage? Jpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 || bytes[2] != 0xFF)
        {
            return null;
        }

        // Walk the segments to the start-of-frame marker, which carries the size.
        var position = 2;
        while (position + 9 < bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                return new UploadedImage("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 5)..]));
            }

            if (length < 2)
            {
                return null;
            }

            position += 2 + length;
        }

        return null;
    }

    private static UploadedImage? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }

        var chunk = bytes.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8) && bytes[23] == 0x9D && bytes[24] == 0x01 && bytes[25] == 0x2A)
        {
            return new UploadedImage("image/webp", BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return new UploadedImage("image/webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = bytes[24] | (bytes[25] << 8) | (bytes[26] << 16);
            var height = bytes[27] | (bytes[28] << 8) | (bytes[29] << 16);
            return new UploadedImage("image/webp", width + 1, height + 1);
        }

        return null;
    }
}

/// <summary>An uploaded picture encoded anew from its pixels alone: what is stored and served.</summary>
public sealed record ReEncodedImage(string ContentType, int Width, int Height, byte[] Bytes);
