using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Courses;
using Academy.Reflections.Deadlines;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class DueDatesFormTests : ComponentTest
{
    private IRenderedComponent<DueDatesForm> RenderForm() =>
        Render<DueDatesForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.Assignments,
        [
            Examples.Assignment(1, "m1-reflection", dueOn: new DateOnly(2026, 5, 7)),
            Examples.Assignment(2, "m2-reflection", dueOn: new DateOnly(2026, 5, 14), cutOffOn: new DateOnly(2026, 5, 21)),
        ]));

    /// <summary>The table as the browser posts it: each row's slug, due date and cut-off (empty when there is none).</summary>
    private void PostDates(params (string Slug, string DueOn, string CutOffOn)[] rows) =>
        Post("dates", rows.SelectMany((row, i) => new[]
        {
            ($"Dates.Rows[{i}].Slug", row.Slug), ($"Dates.Rows[{i}].DueOn", row.DueOn), ($"Dates.Rows[{i}].CutOffOn", row.CutOffOn),
        }).ToArray());

    [Fact]
    public void Each_assignment_is_a_row_with_its_dates()
    {
        var form = RenderForm();

        Assert.Equal(["m1-reflection", "m2-reflection"], form.FindAll("input[type=hidden][name$='.Slug']").Select(slug => slug.GetAttribute("value")));
        Assert.Equal(["Dates.Rows[0].DueOn", "Dates.Rows[1].DueOn"], form.FindAll("input[id^=due-]").Select(due => due.GetAttribute("name")));
        Assert.Equal(("2026-05-07", null), (form.Find("#due-0").GetAttribute("value"), form.Find("#cutoff-0").GetAttribute("value")));
        Assert.Equal(("2026-05-14", "2026-05-21"), (form.Find("#due-1").GetAttribute("value"), form.Find("#cutoff-1").GetAttribute("value")));
    }

    [Fact]
    public void Saving_unchanged_dates_sends_nothing_and_says_saved()
    {
        PostDates(("m1-reflection", "2026-05-07", ""), ("m2-reflection", "2026-05-14", "2026-05-21"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Empty(Sent.All);
        Assert.Equal("/cohorts/mba-2026/reflections/deadlines?saved=true", NavigatedTo);
    }

    [Fact]
    public void Only_the_rows_whose_dates_changed_are_sent()
    {
        PostDates(("m1-reflection", "2026-05-07", ""), ("m2-reflection", "2026-05-18", ""));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new ChangeAssignmentDeadline("mba-2026", "m2-reflection", new DateOnly(2026, 5, 18), null), Sent.Single<ChangeAssignmentDeadline>());
        Assert.Equal("/cohorts/mba-2026/reflections/deadlines?saved=true", NavigatedTo);
    }

    [Fact]
    public void A_cut_off_before_the_due_date_is_refused_beside_that_rows_cut_off_and_the_dates_are_kept()
    {
        PostDates(("m1-reflection", "2026-05-07", ""), ("m2-reflection", "2026-05-14", "2026-05-10"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The cut-off cannot be before the due date.", form.Find("#cutoff-1-error").TextContent);
        Assert.Equal("true", form.Find("#cutoff-1").GetAttribute("aria-invalid"));
        Assert.Equal(("2026-05-14", "2026-05-10"), (form.Find("#due-1").GetAttribute("value"), form.Find("#cutoff-1").GetAttribute("value")));
        Assert.Empty(form.FindAll("#due-1-error, #due-0-error, #cutoff-0-error"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_row_without_a_due_date_is_refused_beside_it_while_the_other_changed_row_is_saved()
    {
        PostDates(("m1-reflection", "", ""), ("m2-reflection", "2026-05-15", "2026-05-21"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose a due date.", form.Find("#due-0-error").TextContent);
        Assert.Equal(new ChangeAssignmentDeadline("mba-2026", "m2-reflection", new DateOnly(2026, 5, 15), new DateOnly(2026, 5, 21)),
            Sent.Single<ChangeAssignmentDeadline>());
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_date_refused_by_a_rule_is_said_beside_that_row_and_the_typed_date_is_kept()
    {
        Sent.Answer<ChangeAssignmentDeadline>(change => change.AssignmentSlug == "m1-reflection"
            ? throw new RuleViolation("The due date cannot be before the module opens on 4 May 2026.", nameof(ChangeAssignmentDeadline.DueOn))
            : null);
        PostDates(("m1-reflection", "2026-05-01", ""), ("m2-reflection", "2026-05-14", "2026-05-21"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The due date cannot be before the module opens on 4 May 2026.", form.Find("#due-0-error").TextContent);
        Assert.Equal("2026-05-01", form.Find("#due-0").GetAttribute("value"));
        Assert.Empty(form.FindAll("#due-1-error"));
        Assert.Null(NavigatedTo);
    }
}
