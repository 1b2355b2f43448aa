using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;
using Academy.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace Academy.ComponentTests.Courses;

// The form has no InputFile: it is a plain multipart form whose file the framework maps from the post into an IFormFile
// ([SupplyParameterFromForm] ImageFile), so each test posts a file as the browser would (a FormFile), then submits.
public sealed class UploadModuleImageFormTests : ComponentTest
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly PostedForm posted;
    private readonly List<string> uploaded = [];

    public UploadModuleImageFormTests() => posted = PostedForm.AddTo(Services);

    private void PostFile(byte[] bytes, string fileName) => posted.Post("image",
        ("ImageFile", new FormFile(new MemoryStream(bytes), 0, bytes.Length, "ImageFile", fileName) { Headers = new HeaderDictionary(), ContentType = "image/png" }));

    private IRenderedComponent<UploadModuleImageForm> RenderForm() =>
        Render<UploadModuleImageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.OnUploaded, uploaded.Add));

    [Fact]
    public void Without_a_file_it_asks_for_a_picture_beside_the_file_input_and_sends_nothing()
    {
        posted.Post("image");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a picture.", form.Find("#image-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Empty(uploaded);
    }

    [Fact]
    public void An_empty_file_asks_for_a_picture()
    {
        PostFile([], "empty.png");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a picture.", form.Find("#image-file-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused_before_it_is_sent()
    {
        PostFile(new byte[ImageNames.MaximumBytes + 1], "huge.png");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("A picture can be at most 5 MB.", form.Find("#image-file-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_file_that_is_no_picture_is_refused_beside_the_file_input()
    {
        PostFile("not a picture"u8.ToArray(), "notes.png");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("That file is not a JPEG, PNG or WebP picture.", form.Find("#image-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Empty(uploaded);
    }

    [Fact]
    public void A_picture_refused_by_a_rule_says_why_beside_the_file_input()
    {
        Sent.Refuse<UploadModuleImage>(new RuleViolation("That file is not a picture.", nameof(UploadModuleImage.Bytes)));
        PostFile(Png, "radar.png");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("That file is not a picture.", form.Find("#image-file-error").TextContent);
        Assert.Empty(uploaded);
    }

    [Fact]
    public void A_picture_is_sent_with_its_name_and_bytes_and_the_page_hears_its_markdown()
    {
        Sent.Answer<UploadModuleImage>(_ => "![Describe the picture](/courses/strategy/images/radar.png)");
        PostFile(Png, "radar.png");
        var form = RenderForm();

        form.Find("form").Submit();

        var sent = Sent.Single<UploadModuleImage>();
        Assert.Equal(("strategy", "radar.png"), (sent.CourseSlug, sent.FileName));
        Assert.Equal(Png, sent.Bytes);
        Assert.Equal(["![Describe the picture](/courses/strategy/images/radar.png)"], uploaded);
        Assert.Empty(form.FindAll("#image-file-error"));
        Assert.Null(NavigatedTo);
    }
}
