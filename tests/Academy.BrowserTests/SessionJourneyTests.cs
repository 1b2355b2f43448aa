using System.Globalization;
using Academy.IntegrationTests.Cohorts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

/// <summary>The app sending its e-mail through a real SMTP server (smtp4dev), with a clock the journey moves past the session's end.</summary>
public sealed class SessionsBrowserFixture() : BrowserFixture(new SessionsJourneyApp())
{
    public Smtp4dev Smtp { get; private set; } = default!;

    public SessionClock Clock => ((SessionsJourneyApp)App).Clock;

    public override async Task InitializeAsync()
    {
        Smtp = await Smtp4dev.StartPlainAsync();
        ((SessionsJourneyApp)App).SmtpPort = Smtp.SmtpPort;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp?.Dispose();
    }

    /// <summary>Delivers the outbox now (the tests' app runs no sender of its own) and waits for that many messages in all.</summary>
    public async Task<IReadOnlyList<Mail>> MailAsync(int atLeast)
    {
        await App.DeliverMailAsync();
        return await Smtp.WaitForMessagesAsync(atLeast, TimeSpan.FromSeconds(30));
    }

    private sealed class SessionsJourneyApp : SqliteApp
    {
        public SessionClock Clock { get; } = new();

        public int SmtpPort { get; set; }

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "localhost",
            ["Email:SmtpPort"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:SmtpSecurity"] = "None",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}

/// <summary>
/// A live session from the instructor's form to the learners' e-mail, join button, answer and calendar, and after it
/// the recording and attendance.
/// </summary>
public sealed class SessionJourneyTests(SessionsBrowserFixture browser) : IClassFixture<SessionsBrowserFixture>
{
    private const string Sofia = "learner3@academy.test";

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sessions-{name}.png"), FullPage = true });

    private static async Task AssertAccessibleAsync(IPage page)
    {
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_instructor_schedules_a_session_learners_get_the_e_mail_join_and_answer_a_move_reaches_the_calendar_and_the_recording_and_attendance_follow()
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

        // Every learner of the cohort gets the e-mail, through SMTP; the instructor who scheduled it does not.
        var scheduledMail = (await browser.MailAsync(atLeast: 8)).Where(mail => mail.Subject.StartsWith("New live session “Networks over teams, live”", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, scheduledMail.Count);
        Assert.DoesNotContain(scheduledMail, mail => mail.To == "instructor@academy.test");
        var sofiasMail = Assert.Single(scheduledMail, mail => mail.To == Sofia);
        Assert.Contains("Join online: https://meet.example.com/networks", sofiasMail.Text);
        Assert.NotNull(sofiasMail.UnsubscribeUrl);
        Assert.Equal("List-Unsubscribe=One-Click", sofiasMail.ListUnsubscribePost);

        // The learner finds it on My learning with its way in, joins through it in the window, and answers.
        var learner = await browser.SignedInPageAsync(Sofia);
        var next = learner.Locator(".learning-card .next-session");
        await Expect(next).ToContainTextAsync("Networks over teams, live");
        await Expect(next).ToContainTextAsync("Helsinki time");
        await ShotAsync(learner, "my-learning");
        if (!lateEvening)
        {
            // The meeting service is outside this closed network: the browser is answered for it.
            await learner.Context.RouteAsync("https://meet.example.com/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<title>Meeting</title>" }));
            await next.GetByRole(AriaRole.Link, new() { Name = "Join the session" }).ClickAsync();
            await Expect(learner).ToHaveURLAsync("https://meet.example.com/networks");
        }

        // The e-mail's button leads to the session's page at the configured public address.
        await learner.GotoAsync(PathOf(LinkTo(sofiasMail, "/sessions/")));
        Assert.Equal(sessionPath, new Uri(learner.Url).AbsolutePath);
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
        var movedMail = (await browser.MailAsync(atLeast: 16)).Where(mail => mail.Subject.StartsWith("Live session “Networks over teams, live” moved to ", StringComparison.Ordinal));
        Assert.Contains(moved.ToString("HH:mm", CultureInfo.InvariantCulture), Assert.Single(movedMail, mail => mail.To == Sofia).Subject);

        // After the session: the instructor adds the recording, notes and who attended; the learner sees the recording,
        // and the cohort dashboard the attendance.
        browser.Clock.StoppedAt = ZonedTime.Instant(day, moved.AddMinutes(70), "Europe/Helsinki")!.Value;
        try
        {
            await instructor.GotoAsync(sessionPath);
            await instructor.GetByLabel("Recording link").FillAsync("https://video.example.com/networks");
            await instructor.GetByRole(AriaRole.Textbox, new() { Name = "Notes" }).FillAsync("Three bridges each: **write them down**.");
            await instructor.GetByLabel("Sofia Lindqvist").CheckAsync();
            await AssertAccessibleAsync(instructor);
            await instructor.GetByRole(AriaRole.Button, new() { Name = "Save the recording, notes and attendance" }).ClickAsync();
            await Expect(instructor.GetByLabel("Sofia Lindqvist")).ToBeCheckedAsync();
            await learner.GotoAsync(sessionPath);
            await Expect(learner.GetByRole(AriaRole.Link, new() { Name = "Watch the recording" })).ToHaveAttributeAsync("href", "https://video.example.com/networks");
            await Expect(learner.Locator(".prose strong").Last).ToHaveTextAsync("write them down");
            await ShotAsync(learner, "after-the-session");
            await instructor.GotoAsync("/teach/cohorts/mba-2026");
            await Expect(instructor.Locator(".attendance-table tr", new() { HasText = "Networks over teams, live" })).ToContainTextAsync("1 of 8");
            await ShotAsync(instructor, "dashboard-attendance");
        }
        finally
        {
            browser.Clock.StoppedAt = null;
        }

        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>The first link of the e-mail's HTML whose address contains <paramref name="part"/>.</summary>
    private static string LinkTo(Mail mail, string part) =>
        mail.Html.Split("href=\"").Skip(1).Select(link => link[..link.IndexOf('"', StringComparison.Ordinal)])
            .First(link => link.Contains(part, StringComparison.Ordinal));

    /// <summary>The path of an absolute link, after checking that it leads to the configured public address.</summary>
    private static string PathOf(string link)
    {
        Assert.StartsWith(AcademyApp.PublicUrl + "/", link);
        return new Uri(link).PathAndQuery;
    }

    private static string SessionEvent(string calendar) =>
        calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("BEGIN:VEVENT")
            .Single(e => e.Contains("UID:session-", StringComparison.Ordinal) && e.Contains(@"SUMMARY:Networks over teams\, live", StringComparison.Ordinal));
}
