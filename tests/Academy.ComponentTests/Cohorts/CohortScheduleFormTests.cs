using Academy.Cohorts.Management;
using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Courses;

namespace Academy.ComponentTests.Cohorts;

public sealed class CohortScheduleFormTests : ComponentTest
{
    private static readonly CohortSchedule Schedule = new("strategy", "Strategy", "en",
    [
        Module(1, "positioning", "Positioning", new DateOnly(2026, 3, 2)),
        Module(2, "negotiation", "Negotiation", new DateOnly(2026, 3, 9)),
        Module(3, "supply-chains", "Supply chains", new DateOnly(2026, 3, 16)),
    ]);

    private static ScheduledModule Module(int number, string slug, string title, DateOnly opens) =>
        new(number, slug, title, 45, opens, opens.AddDays(7), [], IsReleased: false, ChangedAt: new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private IRenderedComponent<CohortScheduleForm> RenderForm() =>
        Render<CohortScheduleForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.Schedule, Schedule));

    [Fact]
    public void Each_module_shows_the_day_it_opens()
    {
        var form = RenderForm();

        Assert.Equal(
            [("opens-positioning", "2026-03-02"), ("opens-negotiation", "2026-03-09"), ("opens-supply-chains", "2026-03-16")],
            form.FindAll("input[type=date]").Select(input => (input.Id, input.GetAttribute("value"))));
    }

    [Fact]
    public void Saving_sends_a_new_opening_day_for_each_changed_module_only_and_returns_to_the_management_page()
    {
        Post("schedule",
            ("Opens[positioning]", "2026-03-02"), ("Opens[negotiation]", "2026-03-11"), ("Opens[supply-chains]", "2026-03-23"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(
            [new ChangeModuleRelease("mba-2026", "negotiation", new DateOnly(2026, 3, 11)), new ChangeModuleRelease("mba-2026", "supply-chains", new DateOnly(2026, 3, 23))],
            Sent.All);
        Assert.Equal("/teach/cohorts/mba-2026", NavigatedTo);
    }

    [Fact]
    public void Saving_an_unchanged_schedule_sends_nothing_and_returns_to_the_management_page()
    {
        Post("schedule", ("Opens[positioning]", "2026-03-02"), ("Opens[negotiation]", "2026-03-09"), ("Opens[supply-chains]", "2026-03-16"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Empty(Sent.All);
        Assert.Equal("/teach/cohorts/mba-2026", NavigatedTo);
    }

    [Fact]
    public void A_cleared_date_leaves_its_module_as_it_was()
    {
        Post("schedule", ("Opens[positioning]", ""), ("Opens[negotiation]", "2026-03-10"), ("Opens[supply-chains]", "2026-03-16"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal([new ChangeModuleRelease("mba-2026", "negotiation", new DateOnly(2026, 3, 10))], Sent.All);
    }
}
