using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class AssignPeerReviewFormTests : ComponentTest
{
    private static readonly Guid AdasReflection = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private static readonly Guid GracesReflection = Guid.Parse("0190a000-0000-7000-8000-000000000002");

    private IRenderedComponent<AssignPeerReviewForm> RenderForm() =>
        Render<AssignPeerReviewForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "my-reasons")
            .Add(p => p.Submissions,
            [
                new CoveredSubmission(AdasReflection, "Ada Lovelace", DateTimeOffset.Parse("2026-05-10T09:00:00Z"), false, 0, 0, true, []),
                new CoveredSubmission(GracesReflection, "Grace Hopper", DateTimeOffset.Parse("2026-05-11T09:00:00Z"), true, 1, 1, true, []),
            ])
            .Add(p => p.Learners, [new CohortMemberName("ada", "Ada Lovelace", CohortRole.Learner), new CohortMemberName("grace", "Grace Hopper", CohortRole.Learner)]));

    [Fact]
    public void The_submissions_are_offered_by_their_authors_and_the_learners_as_reviewers()
    {
        var form = RenderForm();

        Assert.Equal(["Choose…", "Ada Lovelace", "Grace Hopper"], form.FindAll("#assign-reflection option").Select(option => option.TextContent));
        Assert.Equal(["", AdasReflection.ToString(), GracesReflection.ToString()], form.FindAll("#assign-reflection option").Select(option => option.GetAttribute("value")));
        Assert.Equal(["", "ada", "grace"], form.FindAll("#assign-learner option").Select(option => option.GetAttribute("value")));
    }

    [Fact]
    public void Assigning_nothing_asks_for_both_choices_beside_them_and_sends_nothing()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a reflection to review.", form.Find("#assign-reflection-error").TextContent);
        Assert.Equal("Choose a learner.", form.Find("#assign-learner-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_reviewer_refused_by_a_rule_is_said_beside_the_reviewer_and_both_choices_are_kept()
    {
        Sent.Refuse<AssignPeerReview>(new RuleViolation("Ada Lovelace wrote this reflection: choose another learner to review it.", nameof(AssignPeerReview.LearnerId)));
        Post("assign-peer-review", ("Assignment.ReflectionId", AdasReflection.ToString()), ("Assignment.LearnerId", "ada"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("Ada Lovelace wrote this reflection: choose another learner to review it.", form.Find("#assign-learner-error").TextContent);
        Assert.Empty(form.FindAll("#assign-reflection-error"));
        Assert.Equal(AdasReflection.ToString(), form.Find("#assign-reflection").GetAttribute("value"));
        Assert.Equal("ada", form.Find("#assign-learner").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void An_assignment_sends_the_reflection_and_the_reviewer_and_shows_the_page_with_the_news()
    {
        var form = RenderForm();

        form.Find("#assign-reflection").Change(GracesReflection.ToString());
        form.Find("#assign-learner").Change("ada");
        form.Find("form").Submit();

        Assert.Equal(new AssignPeerReview("mba-2026", "my-reasons", GracesReflection, "ada"), Sent.Single<AssignPeerReview>());
        Assert.Equal("/cohorts/mba-2026/reflections/my-reasons/peer-reviews?assigned=true", NavigatedTo);
    }
}
