using System.Globalization;
using Academy.Shared.Time;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

/// <summary>A live session from the instructor's form to a learner's join button, answer and calendar.</summary>
public sealed class SessionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sessions-{name}.png"), FullPage = true });

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_instructor_schedules_a_session_a_learner_finds_the_join_button_and_answers_and_a_move_reaches_the_calendar()
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        // Ten minutes from now in Helsinki, so the join window (15 minutes before the start) is already open; late in the
        // evening, tomorrow morning instead (the window then stays closed).
        var helsinkiNow = ZonedTime.Local(DateTimeOffset.UtcNow, "Europe/Helsinki");
        var soon = helsinkiNow.AddMinutes(11);
        var lateEvening = soon.Hour >= 22;
        var day = lateEvening ? DateOnly.FromDateTime(helsinkiNow.Date).AddDays(1) : DateOnly.FromDateTime(soon.Date);
        var starts = lateEvening ? new TimeOnly(10, 0) : new TimeOnly(soon.Hour, soon.Minute);
        var ends = starts.AddMinutes(60);

        var instructor = await browser.SignedInPageAsync("instructor@academy.test");
        await instructor.GotoAsync("/cohorts/mba-2026");
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Live sessions" }).ClickAsync();
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Schedule a session" }).ClickAsync();
        await Expect(instructor.Locator("#session-zone")).ToHaveTextAsync("Times in Helsinki time (EET/EEST).");
        await instructor.GetByLabel("Title").FillAsync("Networks over teams, live");
        await instructor.GetByLabel("Day").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await instructor.GetByLabel("Starts").FillAsync(starts.ToString("HH:mm", CultureInfo.InvariantCulture));
        await instructor.GetByLabel("Ends").FillAsync("00:01");
        await instructor.GetByLabel("Meeting link").FillAsync("https://meet.example.com/networks");
        await instructor.GetByLabel("Module").SelectOptionAsync("networks-over-teams");
        await instructor.GetByLabel("Agenda").FillAsync("1. Map your network\n2. **One bridge** each");
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Schedule the session" }).ClickAsync();
        if (starts > new TimeOnly(0, 1))
        {
            await Expect(instructor.Locator("#session-ends-error")).ToHaveTextAsync("The session must end after it starts.");
            await Expect(instructor.GetByLabel("Title")).ToHaveValueAsync("Networks over teams, live");
        }

        await AssertAccessibleAsync(instructor);
        await instructor.GetByLabel("Ends").FillAsync(ends.ToString("HH:mm", CultureInfo.InvariantCulture));
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Schedule the session" }).ClickAsync();
        await Expect(instructor.GetByRole(AriaRole.Heading, new() { Name = "Networks over teams, live", Level = 1 })).ToBeVisibleAsync();
        await Expect(instructor.Locator("[role=status]")).ToHaveTextAsync("Saved.");
        var sessionPath = new Uri(instructor.Url).AbsolutePath;
        await ShotAsync(instructor, "instructor-session");

        // The learner finds it on My learning with its way in, and answers.
        var learner = await browser.SignedInPageAsync("learner3@academy.test");
        var next = learner.Locator(".learning-card .next-session");
        await Expect(next).ToContainTextAsync("Networks over teams, live");
        await Expect(next).ToContainTextAsync("Helsinki time");
        if (!lateEvening)
        {
            await Expect(next.GetByRole(AriaRole.Link, new() { Name = "Join the session" })).ToHaveAttributeAsync("href", "https://meet.example.com/networks");
        }

        await ShotAsync(learner, "my-learning");
        await next.GetByRole(AriaRole.Link, new() { Name = "Networks over teams, live" }).ClickAsync();
        await Expect(learner.Locator(".prose strong")).ToHaveTextAsync("One bridge");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Going", Exact = true }).ClickAsync();
        await Expect(learner.Locator("#rsvp-heading ~ p.meta")).ToHaveTextAsync("You said: Going.");
        await Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Going", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await AssertAccessibleAsync(learner);
        await ShotAsync(learner, "learner-session");

        // The instructor sees the answer, then moves the session half an hour later: the learner's calendar follows.
        var feedBefore = await (await learner.APIRequest.GetAsync("/cohorts/mba-2026/calendar.ics")).TextAsync();
        Assert.Contains("SEQUENCE:0", SessionEvent(feedBefore));
        await instructor.ReloadAsync();
        await Expect(instructor.Locator(".rsvp-counts")).ToContainTextAsync("1 going");
        await Expect(instructor.Locator(".rsvp-table")).ToContainTextAsync("Sofia Lindqvist");
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Edit or move" }).ClickAsync();
        var moved = starts.AddMinutes(30);
        await instructor.GetByLabel("Starts").FillAsync(moved.ToString("HH:mm", CultureInfo.InvariantCulture));
        await instructor.GetByLabel("Ends").FillAsync(moved.AddMinutes(60).ToString("HH:mm", CultureInfo.InvariantCulture));
        await AssertAccessibleAsync(instructor);
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();
        await Expect(instructor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{sessionPath}\\?saved=true$"));

        var feedAfter = SessionEvent(await (await learner.APIRequest.GetAsync("/cohorts/mba-2026/calendar.ics")).TextAsync());
        Assert.Contains("SEQUENCE:1", feedAfter);
        var movedAt = ZonedTime.Instant(day, moved, "Europe/Helsinki")!.Value.UtcDateTime;
        Assert.Contains($"DTSTART:{movedAt:yyyyMMdd'T'HHmmss}Z", feedAfter);
        await learner.GotoAsync("/cohorts/mba-2026/sessions");
        await Expect(learner.Locator(".session-card").First).ToContainTextAsync(moved.ToString("HH:mm", CultureInfo.InvariantCulture));
        await AssertAccessibleAsync(learner);
        await ShotAsync(learner, "sessions");

        Assert.Empty(browser.ConsoleErrors);
    }

    private static string SessionEvent(string calendar) =>
        calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("BEGIN:VEVENT")
            .Single(e => e.Contains("UID:session-", StringComparison.Ordinal) && e.Contains(@"SUMMARY:Networks over teams\, live", StringComparison.Ordinal));
}
