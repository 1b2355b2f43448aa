using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Writing;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// An anonymous peer review never tells the author who wrote it. The author crawls every page they can reach and fetches
/// every download they may, before the review and after it: the reviewer's name, id and address may appear where they
/// already did (the cohort's directory, say), but nowhere more, on no new page, in no attribute, link or file, and in no
/// e-mail the author is sent. The review itself must be among what the author reads, so the check looks where it matters.
/// </summary>
public abstract class PeerReviewAnonymityTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Assignment = "my-reasons";
    private const string ReviewerName = "Rauno Quietreviewer";
    private const string ReviewText = "The third reason deserves its own paragraph";

    [Fact]
    public async Task An_anonymous_reviewer_appears_in_nothing_the_author_can_fetch_that_was_not_there_before_the_review()
    {
        var (author, authorId) = await app.NewLearnerAsync("Aada Author");
        var (_, reviewerId) = await app.NewLearnerAsync(ReviewerName);
        var (_, instructorId) = await app.NewLearnerAsync("Inka Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-3),
            members: [(authorId, CohortRole.Learner), (reviewerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        await app.SendAsAsync(instructorId, new ChangePeerReviewSettings(cohort, Assignment, IsOn: true, ReviewsPerSubmission: 2, ReviewsToGive: 2,
            IsAnonymous: true, ReviewsDueOn: null, ShowsPeerScores: true, RevealsAfterGiving: false, IncludesPrivateReflections: true, ClaimHours: 24), "Instructor");
        await app.SendAsAsync(authorId, "Aada Author", new SubmitReflection(cohort, Assignment, "Why I listen before I post.", Confirmed: true, BasedOnVersion: 0), "Learner");
        await app.SendAsAsync(reviewerId, ReviewerName, new SubmitReflection(cohort, Assignment, "My reasons, briefly.", Confirmed: true, BasedOnVersion: 0), "Learner");
        var (reviewerEmail, reviewerUserName) = await app.WithDbAsync(db => db.Users.Where(user => user.Id == reviewerId)
            .Select(user => new ValueTuple<string, string>(user.Email!, user.UserName!)).SingleAsync());
        string[] identities = [ReviewerName, reviewerId, reviewerEmail, reviewerUserName];
        var mailBefore = (await app.MailAsync()).Select(message => message.MessageId).ToHashSet();
        var before = await EverythingTheAuthorFetchesAsync(author, cohort);

        var claim = await app.SendAsAsync(reviewerId, ReviewerName, new ClaimPeerReview(cohort, Assignment), "Learner");
        await app.SendAsAsync(reviewerId, ReviewerName, new SubmitPeerReview(cohort, Assignment, claim,
            [$"{ReviewText}.", "Tied to your team, clearly.", "A small, sensible set of services.", "Honest about the risk."], [4, null, 3, null]), "Learner");
        var after = await EverythingTheAuthorFetchesAsync(author, cohort);

        Assert.Contains(after, fetched => fetched.Value.Contains(ReviewText, StringComparison.Ordinal));
        var leaks = after.SelectMany(fetched => identities
                .Where(identity => Occurrences(fetched.Value, identity) > Occurrences(before.GetValueOrDefault(fetched.Key, string.Empty), identity))
                .Select(identity => $"{fetched.Key} shows \"{identity}\" more often than before the review"))
            .ToList();
        var authorEmail = await app.WithDbAsync(db => db.Users.Where(user => user.Id == authorId).Select(user => user.Email!).SingleAsync());
        var mail = (await app.MailAsync()).Where(message => !mailBefore.Contains(message.MessageId)).Where(message => message.To.Equals(authorEmail, StringComparison.OrdinalIgnoreCase)).ToList();
        leaks.AddRange(mail.SelectMany(message => identities
            .Where(identity => $"{message.Subject}\n{message.Text}\n{message.Html}".Contains(identity, StringComparison.OrdinalIgnoreCase))
            .Select(identity => $"the e-mail \"{message.Subject}\" to the author names \"{identity}\"")));
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
        Assert.True(after.Count >= 8, $"The author fetched only {after.Count} pages and files: {string.Join(", ", after.Keys)}");
        Assert.Contains(mail, message => message.Text.Contains("A peer reviewed your reflection", StringComparison.Ordinal));
    }

    /// <summary>Every page the author reaches by links from their homes, as HTML source, and every download they may fetch, as text.</summary>
    private static async Task<Dictionary<string, string>> EverythingTheAuthorFetchesAsync(AcademyClient author, string cohort)
    {
        var crawl = await SiteCrawl.CrawlAsync(author,
            ["/", "/notifications", "/messages", "/Account/Manage", "/Account/Manage/data", $"/cohorts/{cohort}", $"/cohorts/{cohort}/reflections",
                $"/cohorts/{cohort}/reflections/{Assignment}", $"/cohorts/{cohort}/reflections/{Assignment}/peer-review"],
            new SiteCrawlOptions { PagesPerLookAlike = 50, MaxPages = 400 });
        var fetched = crawl.Pages.ToDictionary(page => page.Url, page => page.Document.DocumentElement.OuterHtml);
        foreach (var page in crawl.NotFollowed.Where(page => page.Status is HttpStatusCode.Redirect or HttpStatusCode.Found))
        {
            fetched[page.Url] = page.Response.Headers.Location?.ToString() ?? string.Empty; // a redirect's address is something the author fetches too
        }

        fetched["/Account/Manage/data.json"] = await author.Http.GetStringAsync("/Account/Manage/data.json");
        fetched[$"/cohorts/{cohort}/calendar.ics"] = await author.Http.GetStringAsync($"/cohorts/{cohort}/calendar.ics");
        using var portfolio = new ZipArchive(await author.Http.GetStreamAsync($"/cohorts/{cohort}/reflections/portfolio.zip"));
        foreach (var entry in portfolio.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            fetched[$"portfolio.zip/{entry.FullName}"] = entry.FullName + "\n" + await reader.ReadToEndAsync();
        }

        return fetched;
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeerReviewAnonymityTests(SqliteApp app) : PeerReviewAnonymityTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeerReviewAnonymityTests(PostgresApp app) : PeerReviewAnonymityTests<PostgresApp>(app);
