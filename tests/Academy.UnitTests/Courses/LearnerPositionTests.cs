using Academy.Contracts.Cohorts;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Progress;

namespace Academy.UnitTests.Courses;

public sealed class LearnerPositionTests
{
    private static readonly DateOnly Start = new(2026, 9, 7);
    private static readonly DateTimeOffset Now = new(2026, 9, 22, 9, 0, 0, TimeSpan.Zero); // week 3: modules 1-3 released
    private static readonly Enrolment Learner = new("mba", "MBA", "course", Start, "UTC", CohortRole.Learner);

    private static readonly OutlineEntry[] Outline = Enumerable.Range(1, 5)
        .Select(number => new OutlineEntry { ModuleId = Guid.NewGuid(), Slug = $"m{number}", Title = $"Module {number}", Minutes = 10 })
        .ToArray();

    private static LearnerPosition Position(params ProgressRow[] rows) => new(Outline, Learner, rows, new Dictionary<Guid, DateOnly>(), Now);

    private static ProgressRow Opened(int number, int daysAgo = 1, bool completed = false) =>
        new(Outline[number - 1].ModuleId, Now.AddDays(-daysAgo), completed ? Now.AddDays(-daysAgo) : null);

    [Fact]
    public void Modules_open_weekly_from_the_cohort_start_with_module_one_on_the_first_day()
    {
        var position = Position();

        Assert.Equal([Start, Start.AddDays(7), Start.AddDays(14), Start.AddDays(21), Start.AddDays(28)], position.Modules.Select(m => m.ReleasesOn!.Value));
        Assert.Equal([true, true, true, false, false], position.Modules.Select(m => m.IsReleased));
        Assert.Equal("m4", position.NextRelease!.Entry.Slug);
    }

    [Fact]
    public void A_cohort_date_of_its_own_replaces_the_default_for_that_module_only()
    {
        var own = new Dictionary<Guid, DateOnly> { [Outline[1].ModuleId] = Start.AddDays(30) };

        var position = new LearnerPosition(Outline, Learner, [], own, Now);

        Assert.False(position.Modules[1].IsReleased);
        Assert.True(position.Modules[2].IsReleased);
    }

    [Fact]
    public void Statuses_follow_the_progress_rows_and_counts_cover_the_whole_outline()
    {
        var position = Position(Opened(1, completed: true), Opened(2));

        Assert.Equal([ModuleStatus.Completed, ModuleStatus.InProgress, ModuleStatus.NotStarted, ModuleStatus.NotStarted, ModuleStatus.NotStarted],
            position.Modules.Select(m => m.Status));
        Assert.Equal((1, 5), (position.Completed, position.Total));
    }

    [Fact]
    public void Continue_goes_to_the_module_last_opened_and_not_finished()
    {
        var position = Position(Opened(1, daysAgo: 1), Opened(3, daysAgo: 0), Opened(2, daysAgo: 3, completed: true));

        Assert.Equal("m3", position.Next!.Entry.Slug);
    }

    [Fact]
    public void Without_a_module_in_progress_continue_goes_to_the_first_released_module_not_completed()
    {
        var position = Position(Opened(1, completed: true));

        Assert.Equal("m2", position.Next!.Entry.Slug);
    }

    [Fact]
    public void When_everything_released_is_done_there_is_nothing_to_continue_until_the_next_release()
    {
        var position = Position(Opened(1, completed: true), Opened(2, completed: true), Opened(3, completed: true));

        Assert.Null(position.Next);
        Assert.Equal(3, position.Completed);
    }

    [Fact]
    public void Progress_on_a_module_no_longer_in_the_course_does_not_count()
    {
        var removed = new ProgressRow(Guid.NewGuid(), Now, Now);

        var position = Position(removed, Opened(1, completed: true));

        Assert.Equal((1, 5), (position.Completed, position.Total));
    }

    [Fact]
    public void Without_an_enrolment_every_module_counts_as_released_and_has_no_date()
    {
        var position = new LearnerPosition(Outline, null, [], new Dictionary<Guid, DateOnly>(), Now);

        Assert.All(position.Modules, module => Assert.True(module.IsReleased && module.ReleasesOn is null));
    }
}

public sealed class ModuleProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Opening_again_soon_after_changes_nothing_so_reading_stays_a_read()
    {
        var progress = new ModuleProgress("mba", "user", Guid.NewGuid(), Now);

        Assert.False(progress.Open(Now.AddMinutes(1)));
        Assert.True(progress.Open(Now.AddMinutes(10)));
    }

    [Fact]
    public void Completing_twice_keeps_the_first_completion_time_and_reopening_clears_it()
    {
        var progress = new ModuleProgress("mba", "user", Guid.NewGuid(), Now);

        progress.Complete(Now.AddHours(1));
        progress.Complete(Now.AddHours(2));
        Assert.Equal(Now.AddHours(1), progress.CompletedAt);

        progress.Reopen();
        Assert.False(progress.IsCompleted);
    }
}
