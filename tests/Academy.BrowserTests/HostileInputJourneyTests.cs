using Academy.Cohorts.Demo;
using Academy.Contracts.Cohorts;
using Academy.Discussions.Threads.PostReply;
using Academy.Discussions.Threads.StartThread;
using Academy.IntegrationTests.Infrastructure;
using Academy.IntegrationTests.Security;
using Academy.Reflections.Domain;
using Academy.Reflections.Gallery;
using Academy.Reflections.Writing;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Cohorts.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Academy.BrowserTests;

/// <summary>
/// The whole hostile corpus (<see cref="HostileInput"/>, about 1,000 strings) goes into every text field a
/// learner writes and a cohort shows: thread titles, post bodies, reflections shared with the cohort, comments
/// on them, names, every profile field with the bio, private messages and group titles, and the names of a CSV an instructor enrols. Then every page that shows them is opened in Chromium with
/// alert, confirm, prompt and print replaced by recorders, dialogs watched, and Content-Security-Policy
/// violations reported: nothing may run, and nothing may even try.
/// </summary>
public sealed class HostileInputJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Recorders = """
        window.__executions = [];
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
          window[name] = (...args) => { window.__executions.push(name + '(' + args.join(',') + ')'); };
        }
        document.addEventListener('securitypolicyviolation', event =>
          window.__executions.push('CSP ' + event.violatedDirective + ' ' + event.blockedURI));
        """;

    [Fact]
    public async Task Nothing_a_learner_types_runs_in_anyone_elses_browser()
    {
        var corpus = HostileInput.All;
        Assert.True(corpus.Count >= 900, $"The corpus has {corpus.Count} strings.");
        var app = browser.App;
        var ainoId = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Users
            .Where(u => u.Email == "learner1@academy.test").Select(u => u.Id).SingleAsync());

        // A cohort of the corpus: one member per string, whose name is that string (their profile follows, through the real request).
        var members = corpus.Select((text, index) => new DemoMember($"hostile-{index:0000}", Cut(text, 100), CohortRole.Learner, "", "", "", "")).ToList();
        members.Add(new DemoMember(ainoId, "Aino Virtanen", CohortRole.Learner, "", "", "", ""));
        var cohort = $"hostile-{Guid.NewGuid():N}"[..16];
        await app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(cohort, "Hostile cohort", Arrange.Course, Arrange.Today.AddDays(-14),
                members, CancellationToken.None);
            return 0;
        });

        // Through the real requests: a thread per string as its title, a reply per string in one thread, and a
        // reflection per string shared with the cohort, each by the member of that string.
        var written = 0;
        await app.SendAsAsync(ainoId, new Academy.Discussions.Spaces.ViewDiscussions.GetDiscussions(cohort)); // opens the spaces, as a first visit does
        var bodies = await app.SendAsAsync(ainoId, new StartThread(cohort, "lounge", "Every string as a post", "The replies below are the corpus."));
        foreach (var (text, index) in corpus.Select((text, index) => (text, index)))
        {
            // Written by the member of the string: one person posting a thousand times a minute would be slowed down.
            var member = $"hostile-{index:0000}";
            written += await AcceptedAsync(() => app.SendAsAsync(member, new StartThread(cohort, "lounge", Cut(text, 200), "A title from the corpus.")));
            written += await AcceptedAsync(() => app.SendAsAsync(member, new PostReply(cohort, bodies, text)));
            written += await AcceptedAsync(async () =>
            {
                await app.SendAsAsync(member, new SubmitReflection(cohort, "my-reasons", text, Confirmed: true, BasedOnVersion: 0));
                await app.SendAsAsync(member, new ShareReflection(cohort, "my-reasons", ReflectionAudience.Cohort));
                return 0;
            });
            written += await AcceptedAsync(() => app.SendAsAsync(member, new EditProfile(Cut(text, 200), Cut(text, 200), Cut(text, 100), Cut(text, 100),
                Cut(text, 2000), Cut(text, 40), "", null, null, null, null, ShowsActivity: true, FieldVisibility.Cohort, FieldVisibility.Cohort,
                FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Cohort)));
        }

        // A comment per string, each on the next member's shared reflection.
        var reflections = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Set<Academy.Reflections.Domain.Reflection>()
            .Where(r => r.CohortSlug == cohort).ToDictionaryAsync(r => r.UserId, r => r.Id));
        foreach (var (text, index) in corpus.Select((text, index) => (text, index)))
        {
            var neighbour = $"hostile-{(index + 1) % corpus.Count:0000}";
            if (reflections.TryGetValue(neighbour, out var reflection))
            {
                written += await AcceptedAsync(() => app.SendAsAsync($"hostile-{index:0000}", new CommentOnReflection(cohort, "my-reasons", reflection, text)));
            }
        }

        // A message request per string to Aino, from the member of that string; and every 25th string as the title and first
        // message of a group Aino starts with Mikko and Elina.
        var (mikkoId, elinaId) = await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Users;
            return (await users.Where(u => u.Email == "learner2@academy.test").Select(u => u.Id).SingleAsync(),
                await users.Where(u => u.Email == "instructor@academy.test").Select(u => u.Id).SingleAsync());
        });
        foreach (var (text, index) in corpus.Select((text, index) => (text, index)))
        {
            written += await AcceptedAsync(() => app.SendAsAsync($"hostile-{index:0000}", new StartConversation([ainoId], null, text)));
            if (index % 25 == 0)
            {
                await AcceptedAsync(() => app.SendAsAsync(ainoId, new StartConversation([mikkoId, elinaId], Cut(text, 120), text)));
            }
        }

        var conversations = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Set<ConversationMember>()
            .Where(member => member.UserId == ainoId).Select(member => member.ConversationId).ToListAsync());

        Assert.True(written > corpus.Count * 5, $"Only {written} of {corpus.Count * 6} writes were accepted.");

        var dialogs = new List<string>();
        async Task<IPage> WatchedAsync(string email)
        {
            var watched = await browser.SignedInPageAsync(email);
            await watched.Context.AddInitScriptAsync(Recorders);
            watched.Dialog += async (_, dialog) =>
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message}");
                await dialog.DismissAsync();
            };
            return watched;
        }

        var page = await WatchedAsync("learner1@academy.test");

        var addresses = new List<string>
        {
            $"/cohorts/{cohort}/discussions?space=lounge", $"/cohorts/{cohort}", $"/cohorts/{cohort}/people",
            $"/cohorts/{cohort}/reflections/my-reasons/gallery", "/notifications", $"/cohorts/{cohort}/discussions/search?q=alert",
            $"/cohorts/{cohort}/discussions/search?q=script", $"/cohorts/{cohort}/network",
        };
        // Pages whose content is all in their HTML: an injected handler or script would fire (or be refused) before the load event.
        var staticAddresses = Enumerable.Range(0, corpus.Count).Where(index => index % 25 == 0).Select(index => $"/cohorts/{cohort}/people/hostile-{index:0000}")
            .Concat(conversations.Where((_, index) => index % 20 == 0).Select(conversation => $"/messages/{conversation}"))
            .ToList();

        // The recorders record: a call made on purpose is seen.
        await OpenAsync(page, "/");
        await page.EvaluateAsync("() => alert('self-check')");
        Assert.Equal(["alert(self-check)"], await page.EvaluateAsync<string[]>("() => window.__executions"));

        var executions = new List<string>();
        var opened = 0;
        foreach (var address in addresses)
        {
            executions.AddRange(await OpenAsync(page, address));
            opened++;
        }

        foreach (var address in staticAddresses)
        {
            executions.AddRange(await OpenAsync(page, address, LoadState.Load));
            opened++;
        }

        // An instructor enrols a CSV whose names are the corpus; the report lists every row with its name.
        var instructor = await WatchedAsync("instructor@academy.test");
        var csv = new System.Text.StringBuilder("email,name\n");
        foreach (var (text, index) in corpus.Select((text, index) => (text, index)))
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"csv-{index:0000}@example.com,\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
        }

        await instructor.GotoAsync("/teach/cohorts/mba-2026");
        await instructor.Locator("#csv-file").SetInputFilesAsync(new FilePayload
        {
            Name = "corpus.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await instructor.Locator("#csv-file").Locator("xpath=ancestor::form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(instructor.Locator(".enrolment-report")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        // The report is a long document that the browser may show before its last row has arrived: the summary above
        // the table tallies every row, so wait until the table holds as many rows as the summary counts.
        var summary = await instructor.Locator(".enrolment-report").Locator("xpath=preceding-sibling::p[@role='status']").InnerTextAsync();
        var tallied = System.Text.RegularExpressions.Regex.Matches(summary, @"\d+").Sum(match => int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(instructor.Locator(".enrolment-report tbody tr")).ToHaveCountAsync(tallied, new() { Timeout = 120_000 });
        await instructor.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var reportRows = await instructor.Locator(".enrolment-report tbody tr").CountAsync();
        executions.AddRange((await instructor.EvaluateAsync<string[]>("() => window.__executions || []")).Select(e => $"enrolment report: {e}"));
        opened++;

        // Aino's messages, page by page: a name or a group title from the corpus on every line.
        string? olderMessages = "/messages";
        while (olderMessages is not null)
        {
            executions.AddRange(await OpenAsync(page, olderMessages, LoadState.Load));
            opened++;
            var older = page.Locator("a[href^='/messages?olderThan=']");
            olderMessages = await older.CountAsync() > 0 ? await older.GetAttributeAsync("href") : null;
        }

        // The thread of every string, page by page as a reader loads more.
        string? next = $"/cohorts/{cohort}/discussions/{bodies}?after=0";
        while (next is not null)
        {
            executions.AddRange(await OpenAsync(page, next, LoadState.Load));
            opened++;
            var more = page.Locator(".load-more a");
            next = await more.CountAsync() > 0 ? await more.GetAttributeAsync("href") : null;
        }

        output.WriteLine($"{corpus.Count} strings, {written} writes accepted, {reportRows} CSV rows reported, {opened} pages opened, {executions.Count} executions, {dialogs.Count} dialogs.");
        Assert.True(reportRows > corpus.Count * 0.9, $"The enrolment report showed {reportRows} rows.");
        Assert.True(opened > 50, $"Only {opened} pages were opened.");
        Assert.True(executions.Count == 0, string.Join(Environment.NewLine, executions));
        Assert.True(dialogs.Count == 0, string.Join(Environment.NewLine, dialogs));
        var errors = browser.ConsoleErrors.Where(error => error.Contains(cohort, StringComparison.Ordinal) || error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <param name="settled">How long to wait: until the network is quiet where the page's own scripts fetch what they show (the
    /// network graph, search), until the load event where everything is in the HTML.</param>
    private static async Task<IReadOnlyList<string>> OpenAsync(IPage page, string address, LoadState settled = LoadState.NetworkIdle)
    {
        var response = await page.GotoAsync(address);
        Assert.True(response?.Ok == true, $"{address} answered {response?.Status}");
        await page.WaitForLoadStateAsync(settled);
        var recorded = await page.EvaluateAsync<string[]>("() => window.__executions || []");
        return recorded.Select(execution => $"{address}: {execution}").ToList();
    }

    /// <summary>1 when the app took the write; 0 when it refused it with a reason (too long, blank after trimming, ...).</summary>
    private static async Task<int> AcceptedAsync<T>(Func<Task<T>> write)
    {
        try
        {
            await write();
            return 1;
        }
        catch (Exception refused) when (refused is FluentValidation.ValidationException or Academy.Shared.Errors.RuleViolation)
        {
            return 0;
        }
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
