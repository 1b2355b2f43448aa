using Academy.Cohorts.People;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class RemoveAvatarFormTests : ComponentTest
{
    [Fact]
    public void Using_the_initials_removes_the_picture_and_shows_the_profile_saved()
    {
        var form = Render<RemoveAvatarForm>();

        form.Find("form").Submit();

        Assert.Equal(new RemoveAvatar(), Sent.Single<RemoveAvatar>());
        Assert.Single(Sent.All);
        Assert.Equal("/profile?saved=true", NavigatedTo);
    }

    [Fact]
    public async Task A_removal_that_fails_is_not_answered_with_a_saved_profile()
    {
        Sent.Refuse<RemoveAvatar>(new NotFoundException("No profile for u-ada."));
        var form = Render<RemoveAvatarForm>();

        await Assert.ThrowsAsync<NotFoundException>(() => form.Find("form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
