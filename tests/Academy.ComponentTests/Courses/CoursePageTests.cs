using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Catalogue.ViewCourse;
using Academy.Courses.Learning.Progress;

namespace Academy.ComponentTests.Courses;

/// <summary>
/// The modules' status badges (released or opening on a date; not started, in progress, completed) are inline in the
/// course page, so the page is rendered with the course's view as GetCourse answers it.
/// </summary>
public sealed class CoursePageTests : ComponentTest
{
    private static ModuleListItem Module(int number, ModuleStatus status = ModuleStatus.NotStarted, bool released = true, DateOnly? releasesOn = null) =>
        new(number, $"module-{number}", $"Module title {number}", 20, releasesOn, released, status);

    private static CourseOverview Course(IReadOnlyList<ModuleListItem> modules, CourseProgress? progress) =>
        new("strategy", "Strategy", "en", "Choosing where to play.", "Managers", 12, "<p>About.</p>", [], modules, CanReadModules: true,
            new CohortChoice("mba-2026", "MBA 2026", IsInstructor: progress is null), [], progress);

    private IRenderedComponent<CoursePage> RenderCourse(CourseOverview course)
    {
        Sent.Answer<GetCourse>(_ => course);
        return Render<CoursePage>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));
    }

    private static (string Text, string Classes) BadgeOf(IRenderedComponent<CoursePage> page, int module)
    {
        var badge = Assert.Single(page.FindAll(".module-item")[module - 1].QuerySelectorAll(".badge"));
        return (badge.TextContent, badge.ClassName!);
    }

    [Fact]
    public void A_learner_sees_each_released_modules_status_and_when_the_others_open()
    {
        var modules = new[]
        {
            Module(1, ModuleStatus.Completed),
            Module(2, ModuleStatus.InProgress),
            Module(3, ModuleStatus.NotStarted),
            Module(4, released: false, releasesOn: new DateOnly(2026, 6, 8)),
        };
        var page = RenderCourse(Course(modules, new CourseProgress(1, 4, modules[1])));

        Assert.Equal(("Completed", "badge completed"), BadgeOf(page, 1));
        Assert.Equal(("In progress", "badge inprogress"), BadgeOf(page, 2));
        Assert.Equal(("Not started", "badge notstarted"), BadgeOf(page, 3));
        Assert.Equal(("Opens 8 Jun", "badge upcoming"), BadgeOf(page, 4));
        Assert.Equal("strategy", Sent.Single<GetCourse>().CourseSlug);
    }

    [Fact]
    public void Someone_without_progress_sees_only_when_unreleased_modules_open()
    {
        var modules = new[] { Module(1, ModuleStatus.Completed), Module(2, released: false, releasesOn: new DateOnly(2026, 6, 8)) };
        var page = RenderCourse(Course(modules, progress: null));

        Assert.Empty(page.FindAll(".module-item")[0].QuerySelectorAll(".badge"));
        Assert.Equal(("Opens 8 Jun", "badge upcoming"), BadgeOf(page, 2));
    }

    [Fact]
    public void An_unreleased_module_without_a_date_shows_its_status_instead()
    {
        var modules = new[] { Module(1, ModuleStatus.NotStarted, released: false, releasesOn: null) };
        var page = RenderCourse(Course(modules, new CourseProgress(0, 1, null)));

        Assert.Equal(("Not started", "badge notstarted"), BadgeOf(page, 1));
    }

    [Fact]
    public void Each_module_row_carries_its_status_for_styling()
    {
        var modules = new[] { Module(1, ModuleStatus.Completed), Module(2, ModuleStatus.InProgress) };
        var page = RenderCourse(Course(modules, new CourseProgress(1, 2, modules[1])));

        Assert.Equal(["module-item status-completed", "module-item status-inprogress"], page.FindAll(".module-item").Select(row => row.ClassName));
    }

    [Fact]
    public void The_progress_panel_offers_to_continue_the_module_in_progress()
    {
        var modules = new[] { Module(1, ModuleStatus.Completed), Module(2, ModuleStatus.InProgress) };
        var page = RenderCourse(Course(modules, new CourseProgress(1, 2, modules[1])));

        var next = page.Find(".progress-panel a.button");
        Assert.Equal(("Continue where you left off · Module 2: Module title 2", "/courses/strategy/modules/module-2"), (next.TextContent, next.GetAttribute("href")));
        Assert.Equal("1 of 2 modules completed", page.Find(".progress-label").TextContent);
    }

    [Fact]
    public void A_learner_who_completed_every_module_is_told_so()
    {
        var modules = new[] { Module(1, ModuleStatus.Completed) };
        var page = RenderCourse(Course(modules, new CourseProgress(1, 1, null)));

        Assert.Equal("You have completed every module of this course.", page.Find(".progress-panel .notice").TextContent);
    }
}
