using System.Net;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Reflections;

/// <summary>The learner's side of peer review, through the pages: asking for a reflection, reviewing it, and reading the reviews of one's own.</summary>
public abstract class PeerReviewingTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Assignment = "my-reasons";

    /// <summary>The four criteria of "My list of reasons", each with levels of 1 to 4 points.</summary>
    private const int Criteria = 4;

    private sealed record Learner(AcademyClient Client, string Id, string Name);

    private sealed record PeerCohort(string Slug, string InstructorId, AcademyClient Instructor, IReadOnlyList<Learner> Learners)
    {
        public string Reflection => $"/cohorts/{Slug}/reflections/{Assignment}";

        public string Hub => $"{Reflection}/peer-review";
    }

    /// <summary>A cohort of learners with these names and an instructor, started two weeks ago (module 1 is open).</summary>
    private async Task<PeerCohort> CohortAsync(params string[] names)
    {
        var learners = new List<Learner>();
        foreach (var name in names)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            learners.Add(new Learner(client, id, name));
        }

        var (instructor, instructorId) = await app.NewLearnerAsync("Peer Review Instructor");
        var slug = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [.. learners.Select(l => (l.Id, CohortRole.Learner)), (instructorId, CohortRole.Instructor)]);
        return new PeerCohort(slug, instructorId, instructor, learners);
    }

    private Task TurnOnAsync(PeerCohort cohort, bool anonymous = true, int reviewsToGive = 2, bool showsScores = false, bool revealsAfterGiving = false,
        bool includesPrivate = true, bool isOn = true) =>
        app.SendAsAsync(cohort.InstructorId, new ChangePeerReviewSettings(cohort.Slug, Assignment, isOn, 2, reviewsToGive, anonymous, null, showsScores,
            revealsAfterGiving, includesPrivate, 24), Roles.Instructor);

    private static async Task SubmitAsync(PeerCohort cohort, Learner learner, string text)
    {
        var submitted = await learner.Client.SubmitAsync(cohort.Reflection, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = text, ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
    }

    /// <summary>Asks for a reflection to review on the hub; answers the review page it was sent to.</summary>
    private static async Task<string> ClaimAsync(PeerCohort cohort, Learner reviewer)
    {
        var claimed = await reviewer.Client.SubmitAsync(cohort.Hub, "claim-peer-review", new Dictionary<string, string>());
        Assert.True(claimed.Status == HttpStatusCode.Redirect, $"The claim was refused ({claimed.Status}): {claimed.Text("#claim-peer-review-error")} {claimed.Document.Body?.TextContent[..Math.Min(3000, claimed.Document.Body.TextContent.Length)]}");
        Assert.StartsWith($"{cohort.Hub}/", claimed.RedirectedTo);
        return claimed.RedirectedTo!;
    }

    private static Dictionary<string, string> Review(string comment, params int?[] scores)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < Criteria; i++)
        {
            fields[$"Input.Comments[{i}]"] = $"{comment} ({i + 1})";
            fields[$"Input.Scores[{i}]"] = i < scores.Length && scores[i] is { } score ? score.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        }

        return fields;
    }

    private static Guid IdOf(string reviewUrl) => Guid.Parse(reviewUrl.Split('/').Last());

    [Fact]
    public async Task A_learner_asks_for_a_reflection_reviews_it_and_the_author_reads_the_review_without_the_reviewers_name()
    {
        var cohort = await CohortAsync("Anonymous Author", "Anonymous Reviewer");
        var (author, reviewer) = (cohort.Learners[0], cohort.Learners[1]);
        await TurnOnAsync(cohort);
        await SubmitAsync(cohort, author, "Author's reasons about **trust**.");
        await SubmitAsync(cohort, reviewer, "Reviewer's own reasons.");

        var hub = await reviewer.Client.GetAsync(cohort.Hub);
        Assert.Equal(HttpStatusCode.OK, hub.Status);
        Assert.Contains("Reviews are anonymous", hub.Text("#how-heading ~ ul"));
        Assert.Equal("You have given 0 of the 2 reviews you owe.", hub.Text("#given-count"));
        Assert.Contains(hub.Url, (await reviewer.Client.GetAsync($"/cohorts/{cohort.Slug}/reflections")).Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")));

        var reviewUrl = await ClaimAsync(cohort, reviewer);
        var page = await reviewer.Client.GetAsync(reviewUrl);
        Assert.Equal("trust", page.Document.QuerySelector("#reflection-heading ~ .prose strong")!.TextContent);
        Assert.DoesNotContain(author.Name, page.Document.DocumentElement.OuterHtml);
        Assert.Contains("yours to review until", page.Text(".notice"));
        Assert.Equal(Criteria, page.Document.QuerySelectorAll("textarea[name^='Input.Comments']").Length);
        Assert.Contains(reviewUrl, (await reviewer.Client.GetAsync(cohort.Hub)).Document.QuerySelectorAll(".open-claim a").Select(a => a.GetAttribute("href")));

        var sent = await reviewer.Client.SubmitAsync(page, "peer-review", Review("Clear **reasons**", 3, null, 2, null));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal($"{cohort.Hub}?sent=true", sent.RedirectedTo);
        var after = await reviewer.Client.GetAsync(sent.RedirectedTo!);
        Assert.Contains("Your review was sent", after.Text("[role=status]"));
        Assert.Equal("You have given 1 of the 2 reviews you owe.", after.Text("#given-count"));
        Assert.Equal([reviewUrl], after.Document.QuerySelectorAll(".sent-peer-reviews a").Select(a => a.GetAttribute("href")));
        var readOnly = await reviewer.Client.GetAsync(reviewUrl);
        Assert.Empty(readOnly.Document.QuerySelectorAll("textarea"));
        Assert.Contains("Clear reasons (1)", readOnly.Text(".sent-peer-review"));
        Assert.Contains("Your score: 3 points", readOnly.Text(".sent-peer-review"));

        var mine = await author.Client.GetAsync(cohort.Reflection);
        Assert.Equal("Peer review 1", mine.Text("#peer-reviews h3"));
        Assert.Equal("reasons", mine.Document.QuerySelector("#peer-reviews .prose strong")!.TextContent);
        Assert.Empty(mine.Document.QuerySelectorAll("#peer-reviews .peer-score"));
        var html = mine.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain(reviewer.Name, html);
        Assert.DoesNotContain(reviewer.Id, html);
        Assert.DoesNotContain(IdOf(reviewUrl).ToString(), html);
        Assert.Contains("Review your peers' reflections: 0 of 2 given", mine.Text("#peer-reviews a"));
        Assert.Contains("A peer reviewed your reflection", (await author.Client.GetAsync("/notifications")).Text(".notifications"));
    }

    [Fact]
    public async Task A_named_review_shows_the_reviewer_and_the_scores_when_the_assignment_shows_them()
    {
        var cohort = await CohortAsync("Named Author", "Named Reviewer");
        var (author, reviewer) = (cohort.Learners[0], cohort.Learners[1]);
        await TurnOnAsync(cohort, anonymous: false, showsScores: true);
        await SubmitAsync(cohort, author, "Named author's reasons.");
        await SubmitAsync(cohort, reviewer, "Named reviewer's reasons.");

        var reviewUrl = await ClaimAsync(cohort, reviewer);
        var page = await reviewer.Client.GetAsync(reviewUrl);
        Assert.Contains(author.Name, page.Heading);
        await reviewer.Client.SubmitAsync(page, "peer-review", Review("Good", 3, 4, null, 1));

        var mine = await author.Client.GetAsync(cohort.Reflection);
        Assert.Equal($"Peer review 1 · by {reviewer.Name}", mine.Text("#peer-reviews h3"));
        Assert.Equal(["Score: 3 of 4 points", "Score: 4 of 4 points", "Score: 1 of 4 points"], mine.Document.QuerySelectorAll("#peer-reviews .peer-score").Select(p => p.TextContent));
        Assert.Contains($"Your review of {author.Name}'s reflection", (await reviewer.Client.GetAsync(cohort.Hub)).Text(".sent-peer-reviews"));
    }

    [Fact]
    public async Task A_review_refused_for_its_content_says_why_beside_each_field_and_keeps_what_was_typed()
    {
        var cohort = await CohortAsync("Refusing Author", "Refused Reviewer");
        var (author, reviewer) = (cohort.Learners[0], cohort.Learners[1]);
        await TurnOnAsync(cohort);
        await SubmitAsync(cohort, author, "Reasons.");
        await SubmitAsync(cohort, reviewer, "Reasons too.");
        var page = await reviewer.Client.GetAsync(await ClaimAsync(cohort, reviewer));

        var empty = await reviewer.Client.SubmitAsync(page, "peer-review", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Write your review before sending it.", empty.Text(".form-errors"));

        var partial = await reviewer.Client.SubmitAsync(page, "peer-review", new Dictionary<string, string>
        {
            ["Input.Comments[0]"] = "Only the first criterion.", ["Input.Scores[0]"] = "2",
        });
        Assert.Equal("Write a comment on “Link to leadership context”.", partial.FieldError("peer-comment-1"));
        Assert.Empty(partial.FieldError("peer-comment-0"));
        Assert.Equal("Only the first criterion.", partial.Document.QuerySelector("#peer-comment-0")!.TextContent);
        Assert.NotNull(partial.Document.QuerySelector("#peer-score-0-2[checked]"));
        Assert.NotNull(partial.Document.QuerySelector("#reflection-heading"));

        // A score no level has, posted by hand.
        var outOfRange = await reviewer.Client.SubmitAsync(page, "peer-review", Review("Typed", 99, 2));
        Assert.StartsWith("A score for “Clarity of reasons” is one of its levels", outOfRange.FieldError("peer-score-0"));
        Assert.Empty(outOfRange.FieldError("peer-score-1"));
        Assert.Equal("Typed (1)", outOfRange.Document.QuerySelector("#peer-comment-0")!.TextContent);
        Assert.NotNull(outOfRange.Document.QuerySelector("#peer-score-1-2[checked]"));

        // Sent, then the same form sent again (a second tab): the second is refused, the text kept.
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.Client.SubmitAsync(page, "peer-review", Review("First"))).Status);
        var again = await reviewer.Client.SubmitAsync(page, "peer-review", Review("Second"));
        Assert.Equal("You have already sent your review of this reflection.", again.Text(".form-errors"));
        Assert.Equal("Second (1)", again.Document.QuerySelector("#peer-comment-0")!.TextContent);
        Assert.Contains("First (1)", again.Text(".sent-peer-review"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PeerReview>().CountAsync(r => r.CohortSlug == cohort.Slug && r.SubmittedAt != null)));
    }

    [Fact]
    public async Task Only_learners_who_submitted_may_review_and_nobody_reviews_where_peer_review_is_off()
    {
        var cohort = await CohortAsync("Early Author", "Late Reviewer");
        var (author, late) = (cohort.Learners[0], cohort.Learners[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await late.Client.GetAsync(cohort.Hub)).Status);
        Assert.DoesNotContain(cohort.Hub, (await late.Client.GetAsync($"/cohorts/{cohort.Slug}/reflections")).Document.DocumentElement.OuterHtml);
        await TurnOnAsync(cohort);
        await SubmitAsync(cohort, author, "Reasons.");

        var hub = await late.Client.GetAsync(cohort.Hub);
        Assert.Contains("Reviewing opens once you have submitted your own reflection", hub.Text(".notice"));
        var refused = await late.Client.SubmitAsync(hub, "claim-peer-review", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Submit your own reflection first: reviewing opens to those who have.", refused.Text("#claim-peer-review-error"));
        Assert.Equal("You have given 0 of the 2 reviews you owe.", refused.Text("#given-count"));

        // The author is the only one who submitted: nothing is left for them to review.
        var nothing = await author.Client.SubmitAsync(cohort.Hub, "claim-peer-review", new Dictionary<string, string>());
        Assert.StartsWith("There is no reflection for you to review right now", nothing.Text("#claim-peer-review-error"));

        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Instructor.GetAsync(cohort.Hub)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await late.Client.GetAsync($"{cohort.Hub}/{Guid.CreateVersion7()}")).Status);
        await TurnOnAsync(cohort, isOn: false);
        Assert.Equal(HttpStatusCode.NotFound, (await author.Client.GetAsync(cohort.Hub)).Status);
        Assert.Empty((await author.Client.GetAsync(cohort.Reflection)).Document.QuerySelectorAll("#peer-reviews"));
    }

    [Fact]
    public async Task A_claim_that_lapsed_to_another_reviewer_is_refused_with_the_text_kept_and_one_that_lapsed_unclaimed_still_sends()
    {
        var cohort = await CohortAsync("Lapsed Author", "Slow Reviewer", "Quick Reviewer");
        var (author, slow, quick) = (cohort.Learners[0], cohort.Learners[1], cohort.Learners[2]);
        await TurnOnAsync(cohort);
        await SubmitAsync(cohort, author, "The author's **words**.");
        await SubmitAsync(cohort, slow, "Slow reasons.");
        await SubmitAsync(cohort, quick, "Quick reasons.");

        // The slow reviewer gets the earliest submission, the author's, and lets the claim lapse.
        var slowUrl = await ClaimAsync(cohort, slow);
        var slowPage = await slow.Client.GetAsync(slowUrl);
        Assert.Equal("words", slowPage.Document.QuerySelector("#reflection-heading ~ .prose strong")!.TextContent);
        await LapseAsync(IdOf(slowUrl));
        var lapsedPage = await slow.Client.GetAsync(slowUrl);
        Assert.Contains("Your time for it ran out at", lapsedPage.Text(".notice"));
        Assert.NotEmpty(lapsedPage.Document.QuerySelectorAll("textarea"));
        Assert.Contains("nobody else has taken it", (await slow.Client.GetAsync(cohort.Hub)).Text(".open-claim"));

        // The quick reviewer is given the lapsed slot of the author's reflection.
        var quickUrl = await ClaimAsync(cohort, quick);
        Assert.Equal(IdOf(slowUrl), IdOf(quickUrl));
        var lost = await slow.Client.SubmitAsync(lapsedPage, "peer-review", Review("Too late"));
        Assert.Equal(HttpStatusCode.OK, lost.Status);
        Assert.StartsWith("Your claim lapsed and this reflection went to another reviewer.", lost.Text(".form-errors"));
        Assert.Equal("Too late (1)", lost.Document.QuerySelector("#peer-comment-0")!.TextContent);
        Assert.Empty(lost.Document.QuerySelectorAll("#reflection-heading"));
        Assert.DoesNotContain("The author's", lost.Document.Body!.TextContent);
        var lostPage = await slow.Client.GetAsync(slowUrl);
        Assert.Contains("went to another reviewer", lostPage.Text(".notice"));
        Assert.Empty(lostPage.Document.QuerySelectorAll("textarea"));

        // The quick reviewer's claim lapses too, but nobody takes it: the review still goes.
        await LapseAsync(IdOf(quickUrl));
        var stillMine = await quick.Client.GetAsync(quickUrl);
        Assert.Contains("you can still send your review", stillMine.Text(".notice"));
        Assert.Equal(HttpStatusCode.Redirect, (await quick.Client.SubmitAsync(stillMine, "peer-review", Review("In time after all"))).Status);
    }

    private Task<int> LapseAsync(Guid reviewId) => app.WithDbAsync(db => db.Set<PeerReview>().Where(r => r.Id == reviewId)
        .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-5))));

    [Fact]
    public async Task Reviews_of_ones_own_reflection_wait_until_one_has_given_ones_own_when_the_assignment_says_so()
    {
        var cohort = await CohortAsync("Owing Author", "Giving Reviewer", "Third Learner");
        var (author, giver) = (cohort.Learners[0], cohort.Learners[1]);
        await TurnOnAsync(cohort, reviewsToGive: 1, revealsAfterGiving: true);
        await SubmitAsync(cohort, author, "Owing reasons.");
        await SubmitAsync(cohort, giver, "Giving reasons.");
        await SubmitAsync(cohort, cohort.Learners[2], "Third reasons.");
        var page = await giver.Client.GetAsync(await ClaimAsync(cohort, giver));
        await giver.Client.SubmitAsync(page, "peer-review", Review("Hidden until given"));

        var waiting = await author.Client.GetAsync(cohort.Reflection);
        Assert.Contains("1 review of your reflection is waiting for you.", waiting.Text("#peer-reviews .notice"));
        Assert.Contains("1 more to give", waiting.Text("#peer-reviews .notice"));
        Assert.DoesNotContain("Hidden until given", waiting.Document.DocumentElement.OuterHtml);
        Assert.Empty(waiting.Document.QuerySelectorAll("#peer-reviews article"));

        var own = await author.Client.GetAsync(await ClaimAsync(cohort, author));
        await author.Client.SubmitAsync(own, "peer-review", Review("Given"));
        var revealed = await author.Client.GetAsync(cohort.Reflection);
        Assert.Contains("Hidden until given (1)", revealed.Text("#peer-reviews article"));
        Assert.Contains("1 of 1 given", revealed.Text("#peer-reviews a"));
    }

    [Fact]
    public async Task Before_submitting_a_learner_is_told_that_peers_will_read_a_private_reflection_or_that_only_shared_ones_are_reviewed()
    {
        var cohort = await CohortAsync("Private Writer");
        var writer = cohort.Learners[0];
        await TurnOnAsync(cohort, anonymous: false);

        var told = await writer.Client.GetAsync(cohort.Reflection);
        Assert.Contains("peers will review your reflection with names", told.Text(".peer-review-notice"));
        Assert.Contains("Your reflection is private, but peers will read it", told.Text(".peer-review-notice"));
        Assert.Equal("peer-review-notice", told.Document.QuerySelector("#confirm-submit")!.GetAttribute("aria-describedby"));

        await TurnOnAsync(cohort, includesPrivate: false);
        var notIncluded = await writer.Client.GetAsync(cohort.Reflection);
        Assert.Contains("peers will review your reflection anonymously", notIncluded.Text(".peer-review-notice"));
        Assert.Contains("Only reflections shared with the cohort are peer reviewed: yours is private", notIncluded.Text(".peer-review-notice"));
        Assert.DoesNotContain("peers will read it", notIncluded.Text(".peer-review-notice"));
    }

    [Fact]
    public async Task The_review_page_takes_at_most_four_database_commands_in_a_small_cohort_and_a_large_one()
    {
        var small = await CohortAsync("Counting Reviewer");
        var large = await CohortAsync("Counting Reviewer");
        var counts = new List<int>();
        foreach (var (cohort, others) in new[] { (small, 3), (large, 60) })
        {
            await TurnOnAsync(cohort);
            await SubmittedReflectionsAsync(cohort.Slug, others);
            var reviewer = cohort.Learners[0];
            await SubmitAsync(cohort, reviewer, "Counted reasons.");
            var page = await reviewer.Client.GetAsync(await ClaimAsync(cohort, reviewer));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            counts.Add(page.DbCommands);
            var (hub, reflection) = ((await reviewer.Client.GetAsync(cohort.Hub)).DbCommands, (await reviewer.Client.GetAsync(cohort.Reflection)).DbCommands);
            Assert.True(hub <= 4 && reflection <= 5, $"The hub took {hub} database commands, the reflection page {reflection}, the review page {page.DbCommands}.");
        }

        Assert.InRange(counts[1], 1, 4);
        Assert.Equal(counts[0], counts[1]);
    }

    private Task<int> SubmittedReflectionsAsync(string cohort, int count) => app.WithDbAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var reflection = new Reflection(cohort, Assignment, $"learner-{cohort}-{i}", $"Learner {i:000}");
            reflection.Submit($"Reflection {i}.", $"<p>Reflection {i}.</p>", new Deadline(Arrange.Today.AddDays(7), null), now.AddMinutes(-i - 10), ZonedTime.DefaultZone);
            db.Reflections.Add(reflection);
        }

        return db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeerReviewingTests(SqliteApp app) : PeerReviewingTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeerReviewingTests(PostgresApp app) : PeerReviewingTests<PostgresApp>(app);
