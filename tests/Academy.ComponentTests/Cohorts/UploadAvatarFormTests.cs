using System.Text;
using Academy.Cohorts.People;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class UploadAvatarFormTests : ComponentTest
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly BrowserFormPost browser;

    public UploadAvatarFormTests() => browser = BrowserFormPost.AddTo(Services);

    private void PostFile(byte[] content, string fileName = "me.png", string contentType = "image/png") =>
        browser.Post("avatar", [], ("AvatarFile", fileName, contentType, content));

    [Fact]
    public void Uploading_without_a_file_asks_for_one_beside_the_file_input_and_sends_nothing()
    {
        browser.Post("avatar");
        var form = Render<UploadAvatarForm>();

        form.Find("form").Submit();

        Assert.Equal("Choose an image file.", form.Find("#avatar-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_picture_over_2_MB_is_refused_beside_the_file_input_and_nothing_is_sent()
    {
        PostFile(new byte[(2 * 1024 * 1024) + 1]);
        var form = Render<UploadAvatarForm>();

        form.Find("form").Submit();

        Assert.Equal("The picture can be at most 2 MB.", form.Find("#avatar-file-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_file_that_is_not_a_picture_is_refused_by_its_bytes_whatever_its_name_says()
    {
        PostFile(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "me.png", "image/png");
        var form = Render<UploadAvatarForm>();

        form.Find("form").Submit();

        Assert.Equal("That file is not a JPEG, PNG or WebP picture.", form.Find("#avatar-file-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_picture_the_handler_cannot_decode_says_so_once_beside_the_file_input()
    {
        const string NotAPicture = "That file is not a JPEG, PNG or WebP picture.";
        Sent.Refuse<UploadAvatar>(new RuleViolation([new RuleMessage(nameof(UploadAvatar.Bytes), NotAPicture), new RuleMessage(null, NotAPicture)]));
        PostFile(Png);
        var form = Render<UploadAvatarForm>();

        form.Find("form").Submit();

        Assert.Equal("That file is not a JPEG, PNG or WebP picture.", form.Find("#avatar-file-error").TextContent);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Uploading_sends_the_files_bytes_and_shows_the_profile_saved()
    {
        PostFile(Png);
        var form = Render<UploadAvatarForm>();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(Png, Sent.Single<UploadAvatar>().Bytes);
        Assert.Equal("/profile?saved=true", NavigatedTo);
        Assert.Empty(form.FindAll("#avatar-file-error"));
    }
}
