using Academy.Cohorts.Sessions;
using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Sessions;

namespace Academy.ComponentTests.Cohorts;

public sealed class SessionOutcomeFormTests : ComponentTest
{
    private static readonly IReadOnlyList<LearnerAtSession> Learners =
    [
        new("u-aino", "Aino Virtanen", RsvpAnswer.Going, Attended: true),
        new("u-daniel", "Daniel Okafor", RsvpAnswer.Maybe, Attended: false),
        new("u-priya", "Priya Raman", null, Attended: null),
    ];

    private IRenderedComponent<SessionOutcomeForm> RenderForm() => Render<SessionOutcomeForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.Number, 2).Add(p => p.Learners, Learners)
        .Add(p => p.RecordingUrl, "https://video.example.com/week-1").Add(p => p.Notes, "Slides in module 2."));

    [Fact]
    public void A_box_per_learner_is_ticked_as_last_saved_beside_the_recording_and_notes()
    {
        var form = RenderForm();

        Assert.Equal(["Aino Virtanen", "Daniel Okafor", "Priya Raman"], form.FindAll(".attendance label").Select(l => l.TextContent));
        Assert.Equal([true, false, false], form.FindAll(".attendance input[type=checkbox]").Select(box => box.HasAttribute("checked")));
        Assert.Equal("Input.Attended[u-daniel]", form.Find("#attended-u-daniel").GetAttribute("name"));
        Assert.Equal("https://video.example.com/week-1", form.Find("#outcome-recording").GetAttribute("value"));
        Assert.Equal("Slides in module 2.", form.Find("#outcome-notes").GetAttribute("value"));
    }

    [Fact]
    public void The_ticked_boxes_are_sent_as_who_attended_with_the_recording_and_notes()
    {
        Post("outcome", ("Input.RecordingUrl", "https://video.example.com/week-1"), ("Input.Notes", "Slides in **module 2**."),
            ("Input.Attended[u-aino]", "true"), ("Input.Attended[u-priya]", "true"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        var sent = Sent.Single<RecordSessionOutcome>();
        Assert.Equal(("mba-2026", 2, "https://video.example.com/week-1", "Slides in **module 2**."), (sent.CohortSlug, sent.Number, sent.RecordingUrl, sent.Notes));
        Assert.Equal(["u-aino", "u-priya"], sent.Attended.Order());
        Assert.Equal("/cohorts/mba-2026/sessions/2?saved=true#outcome-heading", NavigatedTo);
    }

    [Fact]
    public void A_recording_link_without_https_is_refused_beside_it_and_the_boxes_stay_as_posted()
    {
        Post("outcome", ("Input.RecordingUrl", "ftp://video.example.com/week-1"), ("Input.Notes", "Typed notes"), ("Input.Attended[u-daniel]", "true"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Enter a full address starting with https://, for example https://zoom.us/j/123456789.", form.Find("#outcome-recording-error").TextContent);
        Assert.Equal("ftp://video.example.com/week-1", form.Find("#outcome-recording").GetAttribute("value"));
        Assert.Equal("Typed notes", form.Find("#outcome-notes").GetAttribute("value"));
        Assert.Equal([false, true, false], form.FindAll(".attendance input[type=checkbox]").Select(box => box.HasAttribute("checked")));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }
}
