using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Reflections.Deadlines;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class GrantExtensionFormTests : ComponentTest
{
    private IRenderedComponent<GrantExtensionForm> RenderForm() =>
        Render<GrantExtensionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026")
            .Add(p => p.Learners, [new CohortMemberName("ada", "Ada Lovelace", CohortRole.Learner), new CohortMemberName("grace", "Grace Hopper", CohortRole.Learner)])
            .Add(p => p.Assignments, [Examples.Assignment(1, "m1-reflection", dueOn: new DateOnly(2026, 5, 7)), Examples.Assignment(2, "m2-reflection")]));

    [Fact]
    public void The_learners_and_assignments_are_offered_with_their_due_dates()
    {
        var form = RenderForm();

        Assert.Equal(["Choose…", "Ada Lovelace", "Grace Hopper"], form.FindAll("#extension-learner option").Select(option => option.TextContent));
        Assert.Equal(["", "ada", "grace"], form.FindAll("#extension-learner option").Select(option => option.GetAttribute("value")));
        Assert.Equal(["Choose…", "Module 1: Reflection 1 (due 7 May)", "Module 2: Reflection 2 (due 14 May)"],
            form.FindAll("#extension-assignment option").Select(option => option.TextContent));
    }

    [Fact]
    public void An_empty_grant_is_refused_beside_each_field_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a learner.", form.Find("#extension-learner-error").TextContent);
        Assert.Equal("Choose an assignment.", form.Find("#extension-assignment-error").TextContent);
        Assert.Equal("Choose the new date.", form.Find("#extension-until-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_date_refused_by_a_rule_is_said_beside_it_and_the_choices_are_kept()
    {
        Sent.Refuse<GrantExtension>(new RuleViolation("Choose a date after the due date, 14 May 2026.", nameof(GrantExtension.Until)));
        var form = RenderForm();

        form.Find("#extension-learner").Change("grace");
        form.Find("#extension-assignment").Change("m2-reflection");
        form.Find("#extension-until").Change("2026-05-10");
        form.Find("form").Submit();

        Assert.Equal("Choose a date after the due date, 14 May 2026.", form.Find("#extension-until-error").TextContent);
        Assert.Empty(form.FindAll("#extension-learner-error"));
        Assert.Equal("grace", form.Find("#extension-learner").GetAttribute("value"));
        Assert.Equal("m2-reflection", form.Find("#extension-assignment").GetAttribute("value"));
        Assert.Equal("2026-05-10", form.Find("#extension-until").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_grant_sends_the_learner_assignment_and_date_and_goes_back_to_the_deadlines()
    {
        var form = RenderForm();

        form.Find("#extension-learner").Change("ada");
        form.Find("#extension-assignment").Change("m1-reflection");
        form.Find("#extension-until").Change("2026-05-21");
        form.Find("form").Submit();

        Assert.Equal(new GrantExtension("mba-2026", "m1-reflection", "ada", new DateOnly(2026, 5, 21)), Sent.Single<GrantExtension>());
        Assert.Equal("/cohorts/mba-2026/reflections/deadlines?saved=true", NavigatedTo);
    }
}
