using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Privacy;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Gallery;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Writing;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// Peer reviews in the data rights and the portfolio: the author gets the reviews of their work without an anonymous
/// reviewer's name or id, the reviewer gets the reviews they wrote, and deleting either account takes its part along.
/// </summary>
public abstract class PeerReviewDataRightsTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Password = "a long enough passphrase"; // the one Arrange signs up with
    private const string Assignment = PeerReviewCohort.Assignment;

    [Fact]
    public async Task The_author_downloads_the_reviews_of_their_work_anonymous_ones_without_the_reviewer_and_the_reviewer_downloads_what_they_wrote()
    {
        var people = await PeopleAsync();
        var (author, anonymous, named, hidden) = (people.Author, people.Anonymous, people.Named, people.Hidden);

        var authorData = await ReflectionsDataAsync(author.Client);
        var received = authorData.GetProperty("Peer reviews of my reflections").EnumerateArray().ToList();
        Assert.Equal(2, received.Count); // the hidden one is left out
        Assert.Equal(JsonValueKind.Null, received[0].GetProperty("By").ValueKind);
        Assert.Equal(["Anonymous words, on criterion 1.", "Anonymous words, on criterion 2.", "Anonymous words, on criterion 3.", "Anonymous words, on criterion 4."],
            received[0].GetProperty("Criteria").EnumerateArray().Select(c => c.GetProperty("Comment").GetString()));
        Assert.Equal([3, null, 4, 2], received[0].GetProperty("Criteria").EnumerateArray().Select(c => c.GetProperty("Score").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("Score").GetInt32()));
        Assert.Equal(named.Name, received[1].GetProperty("By").GetString());
        Assert.Equal(Assignment, received[1].GetProperty("Assignment").GetString());
        var authorText = authorData.GetRawText();
        Assert.DoesNotContain(anonymous.Id, authorText);
        Assert.DoesNotContain(anonymous.Name, authorText);
        Assert.DoesNotContain("Hidden words", authorText);
        Assert.DoesNotContain(hidden.Name, authorText);

        var anonymousData = await ReflectionsDataAsync(anonymous.Client);
        var written = Assert.Single(anonymousData.GetProperty("Peer reviews I wrote").EnumerateArray());
        Assert.Equal((Assignment, JsonValueKind.Null, true), (written.GetProperty("Assignment").GetString(), written.GetProperty("Of").ValueKind, written.GetProperty("Anonymous").GetBoolean()));
        Assert.Equal("Anonymous words, on criterion 1.", written.GetProperty("Criteria")[0].GetProperty("Comment").GetString());
        Assert.Equal(3, written.GetProperty("Criteria")[0].GetProperty("Score").GetInt32());
        Assert.DoesNotContain(author.Name, anonymousData.GetRawText());
        Assert.DoesNotContain(author.Id, anonymousData.GetRawText());
        Assert.Empty(anonymousData.GetProperty("Peer reviews of my reflections").EnumerateArray());

        var namedData = await ReflectionsDataAsync(named.Client);
        var namedReviews = namedData.GetProperty("Peer reviews I wrote").EnumerateArray().ToList();
        Assert.Equal(2, namedReviews.Count); // the one sent, and the claim of the second author's still being written
        Assert.Equal((author.Name, false), (namedReviews[0].GetProperty("Of").GetString(), namedReviews[0].GetProperty("Anonymous").GetBoolean()));
        Assert.Equal("Named words, on criterion 2.", namedReviews[0].GetProperty("Criteria")[1].GetProperty("Comment").GetString());
        Assert.Equal(JsonValueKind.Null, namedReviews[1].GetProperty("Sent").ValueKind);

        var hiddenData = await ReflectionsDataAsync(hidden.Client);
        Assert.True(Assert.Single(hiddenData.GetProperty("Peer reviews I wrote").EnumerateArray()).GetProperty("HiddenByInstructor").GetBoolean());

        // The readable page says the same.
        var page = await anonymous.Client.GetAsync("/Account/Manage/data");
        Assert.Contains("Anonymous words, on criterion 1.", page.Document.Body!.TextContent);
        Assert.DoesNotContain(author.Name, page.Document.Body!.TextContent);
    }

    [Fact]
    public async Task The_portfolio_has_each_reflections_peer_reviews_numbered_when_anonymous_and_without_hidden_ones()
    {
        var people = await PeopleAsync();
        var (author, anonymous, named, hidden) = (people.Author, people.Anonymous, people.Named, people.Hidden);

        using var zip = new ZipArchive(await author.Client.Http.GetStreamAsync($"/cohorts/{people.Cohort}/reflections/portfolio.zip"));
        var markdown = await new StreamReader(zip.GetEntry("01-my-reasons.md")!.Open()).ReadToEndAsync();
        var html = await new StreamReader(zip.GetEntry("reflections.html")!.Open()).ReadToEndAsync();
        Assert.Contains("## Peer reviews", markdown);
        Assert.Contains("### Peer review 1\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains($"### Peer review 2, by {named.Name}", markdown);
        Assert.Contains("**Clarity of reasons · 3 points**", markdown); // this assignment shows peers' scores to authors
        Assert.Contains("Anonymous words, on criterion 4.", markdown);
        Assert.Contains("<h4>Peer review 1</h4>", html);
        Assert.Contains($"<h4>Peer review 2, by {named.Name}</h4>", html);
        Assert.Contains("Named words, on criterion 3.", html);
        foreach (var text in new[] { markdown, html })
        {
            Assert.DoesNotContain(anonymous.Name, text);
            Assert.DoesNotContain(anonymous.Id, text);
            Assert.DoesNotContain("Hidden words", text);
            Assert.DoesNotContain(hidden.Name, text);
        }

        // Peers' scores left out where the assignment does not show them.
        await people.SendAsync(people.Instructor, new ChangePeerReviewSettings(people.Cohort, Assignment, IsOn: true, 2, 2, IsAnonymous: false, null,
            ShowsPeerScores: false, RevealsAfterGiving: false, IncludesPrivateReflections: false, ClaimHours: 24));
        using var again = new ZipArchive(await author.Client.Http.GetStreamAsync($"/cohorts/{people.Cohort}/reflections/portfolio.zip"));
        markdown = await new StreamReader(again.GetEntry("01-my-reasons.md")!.Open()).ReadToEndAsync();
        Assert.Contains("**Clarity of reasons**", markdown);
        Assert.DoesNotContain("points**", markdown);

        // Nor in the reviewers' portfolios: their own reflections, kept private, were never reviewed.
        using var reviewers = new ZipArchive(await anonymous.Client.Http.GetStreamAsync($"/cohorts/{people.Cohort}/reflections/portfolio.zip"));
        Assert.DoesNotContain("Peer review", await new StreamReader(reviewers.GetEntry("01-my-reasons.md")!.Open()).ReadToEndAsync());
    }

    [Fact]
    public async Task Deleting_a_reviewers_account_keeps_their_sent_reviews_as_a_former_members_and_deleting_the_authors_takes_the_reviews_of_their_work()
    {
        var people = await PeopleAsync();
        var (author, anonymous, named) = (people.Author, people.Anonymous, people.Named);
        var reviewsOfAuthor = await app.WithDbAsync(db => db.Set<PeerReview>().Where(r => r.AuthorId == author.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal(3, reviewsOfAuthor.Count);

        await DeleteAccountAsync(named.Client);
        var reviews = await app.WithDbAsync(db => db.Set<PeerReview>().AsNoTracking().Where(r => r.CohortSlug == people.Cohort).ToListAsync());
        Assert.DoesNotContain(reviews, r => r.ReviewerId == named.Id || r.LapsedReviewerId == named.Id || r.ReviewerName == named.Name);
        Assert.DoesNotContain(reviews, r => r.AuthorId == people.Second.Id); // the claim not sent returned to the pool
        var kept = Assert.Single(reviews, r => r.Criteria.Count > 0 && r.Criteria[0].CommentMarkdown.StartsWith("Named words", StringComparison.Ordinal));
        Assert.Equal((FormerMember.Name, author.Id, true), (kept.ReviewerName, kept.AuthorId, kept.IsSubmitted));
        var authorData = (await ReflectionsDataAsync(author.Client)).GetProperty("Peer reviews of my reflections");
        Assert.Contains(authorData.EnumerateArray(), r => r.GetProperty("By").GetString() == FormerMember.Name);

        // The second author's reflection can be claimed again, by another reviewer.
        var claim = await people.SendAsync(anonymous, new ClaimPeerReview(people.Cohort, Assignment));
        Assert.Equal(people.Second.Id, await app.WithDbAsync(db => db.Set<PeerReview>().Where(r => r.Id == claim).Select(r => r.AuthorId).SingleAsync()));

        await DeleteAccountAsync(author.Client);
        Assert.False(await app.WithDbAsync(db => db.Set<PeerReview>().AnyAsync(r => reviewsOfAuthor.Contains(r.Id) || r.AuthorId == author.Id)));
        Assert.DoesNotContain((await ReflectionsDataAsync(anonymous.Client)).GetProperty("Peer reviews I wrote").EnumerateArray(),
            r => r.GetProperty("Sent").ValueKind != JsonValueKind.Null);
        Assert.True(await app.WithDbAsync(db => db.Set<PeerReview>().AnyAsync(r => r.Id == claim)));
    }

    /// <summary>
    /// A cohort where the author's shared reflection got three peer reviews: anonymous (with scores), named, and named
    /// but hidden by the instructor; the named reviewer then also claimed a second author's reflection, not yet sent.
    /// The reviewers' own reflections are kept private, which this assignment's peer review leaves out.
    /// </summary>
    private async Task<People> PeopleAsync()
    {
        async Task<Person> PersonAsync(string name)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            return new Person(client, id, name);
        }

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var author = await PersonAsync($"Aino Author {suffix}");
        var second = await PersonAsync($"Bertta Author {suffix}");
        var anonymous = await PersonAsync($"Risto Anonymous {suffix}");
        var named = await PersonAsync($"Niina Named {suffix}");
        var hidden = await PersonAsync($"Heikki Hidden {suffix}");
        var instructor = await PersonAsync($"Ilona Instructor {suffix}");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members:
        [
            (author.Id, CohortRole.Learner), (second.Id, CohortRole.Learner), (anonymous.Id, CohortRole.Learner), (named.Id, CohortRole.Learner),
            (hidden.Id, CohortRole.Learner), (instructor.Id, CohortRole.Instructor),
        ]);
        var people = new People(app, cohort, author, second, anonymous, named, hidden, instructor);

        Task Settings(bool isAnonymous) => people.SendAsync(instructor, new ChangePeerReviewSettings(cohort, Assignment, IsOn: true, 3, 1, isAnonymous, null,
            ShowsPeerScores: true, RevealsAfterGiving: false, IncludesPrivateReflections: false, ClaimHours: 24));
        async Task ReviewAsync(Person reviewer, string words)
        {
            var claim = await people.SendAsync(reviewer, new ClaimPeerReview(cohort, Assignment));
            await people.SendAsync(reviewer, new SubmitPeerReview(cohort, Assignment, claim,
                Enumerable.Range(1, PeerReviewCohort.Criteria).Select(i => $"{words}, on criterion {i}.").ToList(), [3, null, 4, 2]));
        }

        await people.SendAsync(author, new SubmitReflection(cohort, Assignment, "Aino's reasons.", Confirmed: true, BasedOnVersion: 0));
        await people.SendAsync(author, new ShareReflection(cohort, Assignment, ReflectionAudience.Cohort));
        foreach (var reviewer in new[] { anonymous, named, hidden })
        {
            await people.SendAsync(reviewer, new SubmitReflection(cohort, Assignment, $"{reviewer.Name}'s private reasons.", Confirmed: true, BasedOnVersion: 0));
        }

        await Settings(isAnonymous: true);
        await ReviewAsync(anonymous, "Anonymous words");
        await Settings(isAnonymous: false);
        await ReviewAsync(named, "Named words");
        await ReviewAsync(hidden, "Hidden words");
        await app.WithDbAsync(db => db.Set<PeerReview>().Where(r => r.ReviewerId == hidden.Id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.IsHidden, true).SetProperty(x => x.HiddenBy, instructor.Name)));

        await people.SendAsync(second, new SubmitReflection(cohort, Assignment, "Bertta's reasons.", Confirmed: true, BasedOnVersion: 0));
        await people.SendAsync(second, new ShareReflection(cohort, Assignment, ReflectionAudience.Cohort));
        await people.SendAsync(named, new ClaimPeerReview(cohort, Assignment));
        return people;
    }

    private static async Task<JsonElement> ReflectionsDataAsync(AcademyClient client)
    {
        using var download = await client.Http.GetAsync("/Account/Manage/data.json");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        return JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement.GetProperty("Areas").GetProperty("Reflections").Clone();
    }

    private static async Task DeleteAccountAsync(AcademyClient client)
    {
        var deleted = await client.SubmitAsync("/Account/Manage", "delete-account",
            new Dictionary<string, string> { ["Delete.Password"] = Password, ["Delete.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
    }

    private sealed record Person(AcademyClient Client, string Id, string Name);

    private sealed record People(AcademyApp App, string Cohort, Person Author, Person Second, Person Anonymous, Person Named, Person Hidden, Person Instructor)
    {
        public Task<T> SendAsync<T>(Person person, MediatR.IRequest<T> request) => PeerReviewCohort.SendAsAsync(App, person.Id, person.Name, request);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeerReviewDataRightsTests(SqliteApp app) : PeerReviewDataRightsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeerReviewDataRightsTests(PostgresApp app) : PeerReviewDataRightsTests<PostgresApp>(app);
