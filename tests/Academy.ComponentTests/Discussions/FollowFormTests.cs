using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Domain;
using Academy.Discussions.Following;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Discussions;

public sealed class FollowFormTests : ComponentTest
{
    [Fact]
    public void The_current_level_is_the_one_selected()
    {
        var form = Render<FollowForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Level, FollowLevel.Muted));

        var selected = form.FindAll("#follow-level option").Where(option => option.HasAttribute("selected")).Select(option => option.GetAttribute("value"));

        Assert.Equal(["Muted"], selected);
    }

    [Fact]
    public void Saving_sends_the_chosen_level_and_goes_back_to_the_thread()
    {
        Post("follow", ("FollowLevel", "Watching"));
        var form = Render<FollowForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Level, FollowLevel.Normal));

        form.Find("form").Submit();

        Assert.Equal(new FollowThread("mba-2026", 7, FollowLevel.Watching), Sent.Single<FollowThread>());
        Assert.Equal("/cohorts/mba-2026/discussions/7", NavigatedTo);
    }

    [Fact]
    public void A_refused_follow_is_not_taken_for_a_success()
    {
        Sent.Refuse<FollowThread>(new NotFoundException("Thread 7 is not in mba-2026."));
        Post("follow", ("FollowLevel", "Muted"));
        var form = Render<FollowForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7));

        var refusal = Assert.Throws<NotFoundException>(() => form.Find("form").Submit());

        Assert.Equal("Thread 7 is not in mba-2026.", refusal.Message);
        Assert.Null(NavigatedTo);
    }
}
