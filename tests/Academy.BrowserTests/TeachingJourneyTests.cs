using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

public sealed class TeachingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_instructor_edits_publishes_and_restores_module_two_and_starts_a_cohort_from_a_csv_with_one_bad_row()
    {
        var instructor = await browser.SignedInPageAsync("instructor@academy.test");
        var learner = await browser.SignedInPageAsync("learner5@academy.test");

        // Edit module 2, preview, publish.
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Teach" }).ClickAsync();
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Author the course" }).ClickAsync();
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Your radar: monitoring and smart filtering" }).ClickAsync();
        var body = instructor.GetByLabel("Text", new() { Exact = true });
        await body.PressAsync("Control+Home");
        await body.PressSequentiallyAsync("**This week:** bring one signal you caught on Monday.\n\n");
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Preview the text" }).ClickAsync();
        await Expect(instructor.Locator("[data-preview] strong").First).ToHaveTextAsync("This week:");
        await Expect(instructor.GetByLabel("Text", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\*\\*This week:\\*\\*"));
        await Accessibility.AssertNoViolationsAsync(instructor);
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Expect(instructor.Locator("[role=status]")).ToContainTextAsync("Published as revision 2");

        await learner.GotoAsync("/courses/social-media-for-leaders/modules/your-radar?cohort=mba-2026");
        await Expect(learner.Locator(".prose").First).ToContainTextAsync("bring one signal you caught on Monday");

        // The history shows the change; revision 1 comes back and is published again.
        await instructor.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Expect(instructor.Locator(".diff ins").First).ToContainTextAsync("This week:");
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Restore as draft: revision 1" }).ClickAsync();
        await Expect(instructor.Locator("[role=status]")).ToContainTextAsync("The old revision is in the editor");
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Expect(instructor.Locator("[role=status]")).ToContainTextAsync("Published as revision 3");
        await learner.ReloadAsync();
        await Expect(learner.Locator(".prose").First).Not.ToContainTextAsync("bring one signal you caught on Monday");

        // A new cohort, three learners from a CSV with one bad row.
        await instructor.GotoAsync("/teach/courses/social-media-for-leaders");
        await instructor.GetByLabel("Name", new() { Exact = true }).FillAsync("Executive MBA Spring 2027");
        await instructor.GetByLabel("Starts on").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Start the cohort" }).ClickAsync();
        await Expect(instructor.GetByRole(AriaRole.Heading, new() { Name = "Executive MBA Spring 2027", Level = 1 })).ToBeVisibleAsync();
        var csv = "email,name\nlearner6@academy.test,James Whitfield\nnew.person@example.com,New Person\nsomeone@example.com,Someone Else\nnot-an-email,Broken Row\n";
        await instructor.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "spring.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Enrol" }).ClickAsync();
        await Expect(instructor.Locator("[role=status]")).ToContainTextAsync("1 enrolled, 2 invited, 0 already in or invited, 1 rejected");
        await Expect(instructor.Locator(".enrolment-report")).ToContainTextAsync("Rejected: Not an e-mail address.");
        await Accessibility.AssertNoViolationsAsync(instructor);

        // Sixty more reflections waiting: the queue and the review list page by 50 with a Next link.
        await browser.App.WithScopeAsync(async services =>
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Academy.Web.Data.AcademyDbContext>(services);
            for (var i = 0; i < 60; i++)
            {
                var reflection = new Academy.Reflections.Domain.Reflection("mba-2026", "my-reasons", $"bulk-{i}", $"Bulk Learner {i:00}");
                reflection.Submit("Done.", "<p>Done.</p>", new Academy.Reflections.Domain.Deadline(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), null),
                    DateTimeOffset.UtcNow.AddDays(-30).AddMinutes(i), Academy.Shared.Time.ZonedTime.DefaultZone);
                db.Add(reflection);
            }

            return await db.SaveChangesAsync();
        });
        await instructor.GotoAsync("/cohorts/mba-2026/reflections/review");
        await Expect(instructor.Locator(".review-queue li")).ToHaveCountAsync(50);
        await Accessibility.AssertNoViolationsAsync(instructor);
        await instructor.GetByRole(AriaRole.Navigation, new() { Name = "More reflections to review" }).GetByRole(AriaRole.Link, new() { Name = "Next reflections" }).ClickAsync();
        await Expect(instructor.Locator(".review-queue li").First).ToContainTextAsync("Bulk Learner 50");
        await Accessibility.AssertNoViolationsAsync(instructor);

        // The dashboard lists the new cohort; the demo cohort's page shows what needs attention and how it engages.
        await instructor.GotoAsync("/teach");
        await Expect(instructor.Locator("main")).ToContainTextAsync("Executive MBA Spring 2027");
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Executive MBA 2026" }).ClickAsync();
        await Expect(instructor.GetByRole(AriaRole.Heading, new() { Name = "Needs attention", Exact = false })).ToBeVisibleAsync();
        await Expect(instructor.Locator("canvas[data-chart]:not([hidden])")).ToHaveCountAsync(3);
        await Expect(instructor.Locator(".attention-list li")).ToHaveCountAsync(50);
        await Accessibility.AssertNoViolationsAsync(instructor);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await instructor.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "cohort-dashboard.png"), FullPage = true });
        await instructor.GetByRole(AriaRole.Navigation, new() { Name = "More that needs attention" }).GetByRole(AriaRole.Link, new() { Name = "Next in the queue" }).ClickAsync();
        await Expect(instructor.Locator(".attention-list li").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(instructor);
        Assert.DoesNotContain(browser.ConsoleErrors, error => !error.Contains("404", StringComparison.Ordinal));
    }
}
