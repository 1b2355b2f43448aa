using System.Net;
using System.Security.Claims;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// Instructors set up an assignment's peer review, see which reflections are short of reviews and who owes them, give a
/// reflection to a learner by hand, hide an inappropriate review, and hear of stalled reflections in their queue.
/// </summary>
public abstract class PeerReviewCoverageTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Assignment = "my-reasons"; // module 1's: due a week ago in a cohort that started two weeks ago

    private TApp App => app;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static string Coverage(string cohort) => $"/cohorts/{cohort}/reflections/{Assignment}/peer-reviews";

    [Fact]
    public async Task Settings_are_saved_and_numbers_out_of_range_or_reviews_due_before_the_reflections_are_refused_beside_their_fields()
    {
        var world = await WorldAsync("Ada", "Ben");
        var page = await world.Instructor.GetAsync(Coverage(world.Cohort));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2", page.InputValue("peer-reviews-per-submission"));
        Assert.Equal("24", page.InputValue("peer-claim-hours"));

        var outOfRange = await world.Instructor.SubmitAsync(page, "peer-review-settings", new Dictionary<string, string>
        {
            ["Settings.IsOn"] = "true", ["Settings.ReviewsPerSubmission"] = "0", ["Settings.ReviewsToGive"] = "11", ["Settings.ClaimHours"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, outOfRange.Status);
        Assert.Contains("Choose from 1 to 10 reviews.", outOfRange.FieldError("peer-reviews-per-submission"));
        Assert.Contains("Choose from 1 to 10 reviews.", outOfRange.FieldError("peer-reviews-to-give"));
        Assert.Contains("Choose from 1 to 336 hours.", outOfRange.FieldError("peer-claim-hours"));
        Assert.Equal("11", outOfRange.InputValue("peer-reviews-to-give"));

        var tooEarly = await world.Instructor.SubmitAsync(page, "peer-review-settings", new Dictionary<string, string>
        {
            ["Settings.IsOn"] = "true", ["Settings.ReviewsDueOn"] = Iso(Arrange.Today.AddDays(-10)),
        });
        Assert.Contains("or later", tooEarly.FieldError("peer-reviews-due"));
        Assert.Equal(Iso(Arrange.Today.AddDays(-10)), tooEarly.InputValue("peer-reviews-due"));
        Assert.False(await app.WithDbAsync(db => db.Set<Academy.Reflections.Domain.PeerReviewSettings>().AnyAsync(s => s.CohortSlug == world.Cohort)));

        var saved = await world.Instructor.SubmitAsync(page, "peer-review-settings", new Dictionary<string, string>
        {
            ["Settings.IsOn"] = "true", ["Settings.ReviewsPerSubmission"] = "3", ["Settings.ReviewsToGive"] = "1",
            ["Settings.ReviewsDueOn"] = Iso(Arrange.Today.AddDays(7)), ["Settings.ClaimHours"] = "12",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var reloaded = await world.Instructor.GetAsync(saved.RedirectedTo!);
        Assert.Contains("Saved.", reloaded.Text("[role=status]"));
        Assert.NotNull(reloaded.Document.QuerySelector("#peer-on[checked]"));
        Assert.Equal("3", reloaded.InputValue("peer-reviews-per-submission"));
        Assert.Equal("1", reloaded.InputValue("peer-reviews-to-give"));
        Assert.Equal(Iso(Arrange.Today.AddDays(7)), reloaded.InputValue("peer-reviews-due"));
        Assert.Equal("12", reloaded.InputValue("peer-claim-hours"));
        Assert.NotNull(reloaded.Document.QuerySelector("#peer-anonymous[checked]")); // the box stayed ticked as the page showed it
        Assert.Null(reloaded.Document.QuerySelector("#peer-show-scores[checked]"));
    }

    [Fact]
    public async Task Coverage_puts_reflections_short_of_reviews_first_and_lists_the_learners_who_still_owe_reviews()
    {
        var world = await WorldAsync("Ada", "Ben", "Cai", "Dee");
        await world.SubmitAsync("Ada", "Ben", "Cai"); // Dee has not submitted
        await world.SwitchOnAsync(reviewsPerSubmission: 1, reviewsToGive: 1);
        var adaReviews = await world.ClaimAsync("Ada"); // the earliest submission that is not hers: Ben's
        await world.SendReviewAsync("Ada", adaReviews, "Ben's reasons are *concrete*.");
        await world.ClaimAsync("Ben"); // Ada's, not sent yet

        var page = await world.Instructor.GetAsync(Coverage(world.Cohort));
        var rows = page.Document.QuerySelectorAll(".peer-coverage > li")
            .Select(row => (Author: row.QuerySelector(".thread-title a")!.TextContent, Text: row.TextContent)).ToList();
        Assert.Equal([world.Name("Cai"), world.Name("Ada"), world.Name("Ben")], rows.Select(row => row.Author)); // the short one first, then by counted reviews
        Assert.Contains("Short of reviews", rows[0].Text);
        Assert.Contains("Late", rows[0].Text);
        Assert.All(rows.Skip(1), row => Assert.DoesNotContain("Short of reviews", row.Text));
        Assert.Contains($"{world.Name("Ben")}: claimed, until", rows[1].Text);
        Assert.Contains($"{world.Name("Ada")}: sent", rows[2].Text);

        var owing = page.Text(".peer-owing li");
        Assert.Contains($"{world.Name("Ben")}: 0 of 1 given, 1 in progress", owing);
        Assert.Contains($"{world.Name("Cai")}: 0 of 1 given", owing);
        Assert.DoesNotContain(world.Name("Ada"), owing);
        Assert.DoesNotContain(world.Name("Dee"), owing);

        var sent = page.Text("#sent-reviews article");
        Assert.Contains($"{world.Name("Ada")} on {world.Name("Ben")}'s reflection", sent);
        Assert.Contains("concrete", page.Text("#sent-reviews article em"));
    }

    [Fact]
    public async Task An_instructor_gives_a_reflection_to_a_learner_to_review_and_each_refusal_is_said_beside_the_reviewer()
    {
        var world = await WorldAsync("Ada", "Ben", "Cai", "Dee");
        var (outsider, outsiderId) = await app.NewLearnerAsync("Outside Reviewer");
        await world.SubmitAsync("Ada", "Ben", "Cai");
        var url = Coverage(world.Cohort);
        Assert.Empty((await world.Instructor.GetAsync(url)).Document.QuerySelectorAll("#assign-reflection")); // peer review is off: nothing to assign
        var refusedWhileOff = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(world.InstructorId,
            new AssignPeerReview(world.Cohort, Assignment, world.Reflections["Ada"], world.Ids["Ben"])));
        Assert.Contains("Switch peer review on", refusedWhileOff.Message);
        await world.SwitchOnAsync();

        async Task<Page> AssignAsync(string author, string reviewerId) => await world.Instructor.SubmitAsync(url, "assign-peer-review",
            new Dictionary<string, string> { ["Assignment.ReflectionId"] = world.Reflections[author].ToString(), ["Assignment.LearnerId"] = reviewerId });

        var own = await AssignAsync("Ada", world.Ids["Ada"]);
        Assert.Contains($"{world.Name("Ada")} wrote this reflection", own.FieldError("assign-learner"));
        Assert.Equal(world.Reflections["Ada"].ToString(), ((AngleSharp.Html.Dom.IHtmlSelectElement)own.Document.QuerySelector("#assign-reflection")!).Value);
        Assert.Equal(world.Ids["Ada"], ((AngleSharp.Html.Dom.IHtmlSelectElement)own.Document.QuerySelector("#assign-learner")!).Value);
        Assert.Contains("has not submitted their own reflection", (await AssignAsync("Ada", world.Ids["Dee"])).FieldError("assign-learner"));
        Assert.Contains("Choose a learner of this cohort", (await AssignAsync("Ada", outsiderId)).FieldError("assign-learner"));
        Assert.Contains("Choose a learner of this cohort", (await AssignAsync("Ada", world.InstructorId)).FieldError("assign-learner"));

        var assigned = await AssignAsync("Ada", world.Ids["Cai"]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.Status);
        var claim = await app.WithDbAsync(db => db.Set<Academy.Reflections.Domain.PeerReview>().SingleAsync(r => r.ReflectionId == world.Reflections["Ada"]));
        Assert.Equal(world.Ids["Cai"], claim.ReviewerId);
        Assert.True(claim.AssignedByInstructor);
        Assert.Contains($"{world.Name("Cai")}: claimed, until", (await world.Instructor.GetAsync(url)).Text(".peer-coverage"));
        Assert.Contains("(assigned)", (await world.Instructor.GetAsync(url)).Text(".peer-coverage"));
        var notifications = await world.Clients["Cai"].GetAsync("/notifications");
        Assert.Contains("asked you to review a peer's reflection on", notifications.Text(".notifications"));
        Assert.DoesNotContain(world.Name("Ada"), notifications.Text(".notifications"));
        Assert.NotNull(notifications.Document.QuerySelector($".notifications a[href$='/cohorts/{world.Cohort}/reflections/{Assignment}/peer-review/{claim.Id}']"));

        Assert.Contains("already reviewing this reflection or has reviewed it", (await AssignAsync("Ada", world.Ids["Cai"])).FieldError("assign-learner"));
        Assert.Contains($"{world.Name("Cai")} is reviewing another reflection right now", (await AssignAsync("Ben", world.Ids["Cai"])).FieldError("assign-learner"));
        await world.SendReviewAsync("Cai", claim.Id, "Thoughtful.");
        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync("Ben", world.Ids["Cai"])).Status); // sent: free to review another
        Assert.Contains("already reviewing this reflection or has reviewed it", (await AssignAsync("Ada", world.Ids["Cai"])).FieldError("assign-learner"));
    }

    [Fact]
    public async Task A_hidden_review_no_longer_counts_toward_coverage_or_the_reviewers_due_and_can_be_shown_again()
    {
        var world = await WorldAsync("Ada", "Ben");
        await world.SubmitAsync("Ada", "Ben");
        await world.SwitchOnAsync(reviewsPerSubmission: 1, reviewsToGive: 1);
        var review = await world.ClaimAsync("Ada");
        await world.SendReviewAsync("Ada", review, "Something rude.");
        var url = Coverage(world.Cohort);
        var page = await world.Instructor.GetAsync(url);
        Assert.Equal(1, page.Document.QuerySelectorAll(".peer-coverage .badge.upcoming").Length); // Ada's, not Ben's
        Assert.DoesNotContain(world.Name("Ada"), page.Text(".peer-owing"));

        var hidden = await world.Instructor.SubmitAsync(page, $"hide-{review}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, hidden.Status);
        page = await world.Instructor.GetAsync(url);
        Assert.Equal(2, page.Document.QuerySelectorAll(".peer-coverage .badge.upcoming").Length);
        Assert.Contains($"{world.Name("Ada")}: sent, hidden", page.Text(".peer-coverage"));
        Assert.Contains($"{world.Name("Ada")}: 0 of 1 given", page.Text(".peer-owing"));
        Assert.Contains("Hidden by Coverage Instructor", page.Text("#sent-reviews"));
        Assert.Equal("Show again", page.Text("#sent-reviews button"));

        await world.Instructor.SubmitAsync(page, $"hide-{review}", new Dictionary<string, string>());
        page = await world.Instructor.GetAsync(url);
        Assert.Equal(1, page.Document.QuerySelectorAll(".peer-coverage .badge.upcoming").Length);
        Assert.Equal("Hide as inappropriate", page.Text("#sent-reviews button"));

        var claimed = await world.ClaimAsync("Ben");
        await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(world.InstructorId, new HidePeerReview(world.Cohort, Assignment, claimed, Hidden: true)));
    }

    [Fact]
    public async Task A_reflection_nobody_is_left_to_review_needs_the_instructors_attention()
    {
        var world = await WorldAsync("Ada", "Ben", "Cai");
        await world.SubmitAsync("Ada", "Ben"); // Cai has not submitted, so Ada and Ben can only review each other
        await world.SwitchOnAsync(reviewsPerSubmission: 2, reviewsToGive: 2);
        Assert.DoesNotContain("Needs peer reviewers", (await world.Instructor.GetAsync($"/teach/cohorts/{world.Cohort}")).Text(".attention-list"));

        await world.SendReviewAsync("Ada", await world.ClaimAsync("Ada"), "Good.");
        await world.SendReviewAsync("Ben", await world.ClaimAsync("Ben"), "Fine.");

        var dashboard = await world.Instructor.GetAsync($"/teach/cohorts/{world.Cohort}");
        var stalled = dashboard.Document.QuerySelectorAll(".attention-list li").Where(item => item.TextContent.Contains("Needs peer reviewers")).ToList();
        Assert.Equal(2, stalled.Count);
        Assert.Contains(stalled, item => item.TextContent.Contains(world.Name("Ada")));
        Assert.Contains(stalled, item => item.TextContent.Contains(world.Name("Ben")));
        Assert.All(stalled, item => Assert.EndsWith(Coverage(world.Cohort), item.QuerySelector("a")!.GetAttribute("href")));

        // Cai submits and owes reviews: someone is left to review both, and the queue says so at once.
        await world.SubmitAsync("Cai");
        Assert.DoesNotContain("Needs peer reviewers", (await world.Instructor.GetAsync($"/teach/cohorts/{world.Cohort}")).Text(".attention-list"));
    }

    [Fact]
    public async Task Reflections_short_of_reviews_after_the_reviews_due_date_need_the_instructors_attention()
    {
        var world = await WorldAsync("Ada", "Ben", "Cai");
        await world.SubmitAsync("Ada", "Ben", "Cai");
        await world.SwitchOnAsync(reviewsPerSubmission: 1, reviewsToGive: 1, reviewsDueOn: Arrange.Today);
        var adasReview = await world.ClaimAsync("Ada");
        await world.SendReviewAsync("Ada", adasReview, "Good."); // Ben's has its one review
        Assert.DoesNotContain("Needs peer reviewers", (await app.SendAsAsync(world.InstructorId,
            new Academy.Contracts.Teaching.GetReflectionsAttention(world.Cohort))).Items.Select(item => item.Kind));

        await world.SwitchOnAsync(reviewsPerSubmission: 1, reviewsToGive: 1, reviewsDueOn: Arrange.Today.AddDays(-1));
        Assert.Equal([world.Name("Ada"), world.Name("Cai")], await StalledAsync());

        // Hiding the review Ben's had leaves it short too, at once.
        await app.SendAsAsync(world.InstructorId, new HidePeerReview(world.Cohort, Assignment, adasReview, Hidden: true));
        Assert.Equal([world.Name("Ada"), world.Name("Ben"), world.Name("Cai")], await StalledAsync());

        async Task<List<string>> StalledAsync() =>
            (await app.SendAsAsync(world.InstructorId, new Academy.Contracts.Teaching.GetReflectionsAttention(world.Cohort))).Items
            .Where(item => item.Kind == "Needs peer reviewers").Select(item => item.Text).Order().ToList();
    }

    [Fact]
    public async Task Learners_and_instructors_of_another_cohort_find_no_coverage_page_and_cannot_change_assign_or_hide()
    {
        var world = await WorldAsync("Ada", "Ben");
        await world.SubmitAsync("Ada", "Ben");
        await world.SwitchOnAsync();
        var review = await world.ClaimAsync("Ada");
        await world.SendReviewAsync("Ada", review, "Good.");
        var (otherInstructor, otherInstructorId) = await app.NewLearnerAsync("Other Instructor");
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (otherInstructorId, CohortRole.Instructor));

        foreach (var (client, id) in new[] { (world.Clients["Ada"], world.Ids["Ada"]), (otherInstructor, otherInstructorId) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Coverage(world.Cohort))).Status);
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(id, new ChangePeerReviewSettings(world.Cohort, Assignment, false, 2, 2, true, null,
                false, false, true, 24)));
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(id, new AssignPeerReview(world.Cohort, Assignment, world.Reflections["Ben"], world.Ids["Ben"])));
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(id, new HidePeerReview(world.Cohort, Assignment, review, Hidden: true)));
            await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(id, new GetPeerReviewCoverage(world.Cohort, Assignment)));
        }

        Assert.False(await app.WithDbAsync(db => db.Set<Academy.Reflections.Domain.PeerReview>().AnyAsync(r => r.Id == review && r.IsHidden)));
    }

    [Fact]
    public async Task The_coverage_page_of_a_large_cohort_takes_as_many_database_commands_as_a_small_one()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Counting Coverage Instructor");
        async Task<string> CohortAsync(int learners)
        {
            var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (instructorId, CohortRole.Instructor));
            var ids = Enumerable.Range(0, learners).Select(i => ($"peer-{cohort}-{i}", $"Peer {i:000}")).ToList();
            await app.WithScopeAsync(async services =>
            {
                await services.GetRequiredService<Academy.Cohorts.Demo.IDemoCohortSeeder>().SeedAsync(cohort, "Counting", Arrange.Course, Arrange.Today.AddDays(-14),
                    ids.Select(id => new Academy.Cohorts.Demo.DemoMember(id.Item1, id.Item2, CohortRole.Learner, "", "", "", "")).ToList(), CancellationToken.None);
                return 0;
            });
            await app.SendAsAsync(instructorId, new ChangePeerReviewSettings(cohort, Assignment, true, 2, 2, true, null, false, false, true, 24));
            foreach (var (id, name) in ids)
            {
                await SendAsAsync(id, name, new SubmitReflection(cohort, Assignment, $"{name}'s reasons.", true, 0));
            }

            foreach (var (id, name) in ids)
            {
                var claim = await SendAsAsync(id, name, new ClaimPeerReview(cohort, Assignment));
                if (id.EndsWith('0') || id.EndsWith('2'))
                {
                    await SendAsAsync(id, name, new SubmitPeerReview(cohort, Assignment, claim, Enumerable.Repeat("Helpful.", 6).ToList(), []));
                }
            }

            return cohort;
        }

        var small = await CohortAsync(3);
        var large = await CohortAsync(24);
        // The course's outline (CourseOutlines) and each cohort's own dates (CohortOwnDatesMemory) are kept from here on, as on
        // every visit but the first after a change to them.
        await instructor.GetAsync(Coverage(small));
        await instructor.GetAsync(Coverage(large));
        var smallPage = await instructor.GetAsync(Coverage(small));
        var largePage = await instructor.GetAsync(Coverage(large));
        Assert.Equal(HttpStatusCode.OK, largePage.Status);
        Assert.Equal(24, largePage.Document.QuerySelectorAll(".peer-coverage > li").Length);
        Assert.Equal(smallPage.DbCommands, largePage.DbCommands);
        Assert.InRange(largePage.DbCommands, 1, 20);
    }

    /// <summary>Sends a request as a signed-in member with their display name, as their own pages would (reviews and reflections copy it).</summary>
    private Task<T> SendAsAsync<T>(string userId, string name, IRequest<T> request) => app.WithScopeAsync(async services =>
    {
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(AcademyClaimTypes.DisplayName, name)], "test")),
        };
        return await services.GetRequiredService<IMediator>().Send(request);
    });

    private async Task<CoverageWorld> WorldAsync(params string[] learners)
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Coverage Instructor");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var people = new Dictionary<string, (AcademyClient Client, string Id)>();
        foreach (var learner in learners)
        {
            people[learner] = await app.NewLearnerAsync($"{learner} {suffix}");
        }

        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructorId, CohortRole.Instructor), .. people.Values.Select(p => (p.Id, CohortRole.Learner))]);
        return new CoverageWorld(this, cohort, instructor, instructorId, suffix, people.ToDictionary(p => p.Key, p => p.Value.Client),
            people.ToDictionary(p => p.Key, p => p.Value.Id));
    }

    private sealed record CoverageWorld(
        PeerReviewCoverageTests<TApp> Tests, string Cohort, AcademyClient Instructor, string InstructorId, string Suffix,
        IReadOnlyDictionary<string, AcademyClient> Clients, IReadOnlyDictionary<string, string> Ids)
    {
        public Dictionary<string, Guid> Reflections { get; } = [];

        public string Name(string learner) => $"{learner} {Suffix}";

        /// <summary>Each learner submits their reflection, in this order (a moment apart, so the pool's oldest-first order is theirs).</summary>
        public async Task SubmitAsync(params string[] learners)
        {
            foreach (var learner in learners)
            {
                await Tests.SendAsAsync(Ids[learner], Name(learner), new SubmitReflection(Cohort, Assignment, $"{learner}'s reasons.", true, 0));
                Reflections[learner] = await Tests.App.WithDbAsync(db => db.Set<Academy.Reflections.Domain.Reflection>()
                    .Where(r => r.CohortSlug == Cohort && r.UserId == Ids[learner] && r.AssignmentSlug == Assignment).Select(r => r.Id).SingleAsync());
                await Task.Delay(20);
            }
        }

        public Task SwitchOnAsync(int reviewsPerSubmission = 2, int reviewsToGive = 2, DateOnly? reviewsDueOn = null) =>
            Tests.App.SendAsAsync(InstructorId, new ChangePeerReviewSettings(Cohort, Assignment, true, reviewsPerSubmission, reviewsToGive, true, reviewsDueOn,
                false, false, true, 24));

        public Task<Guid> ClaimAsync(string learner) => Tests.SendAsAsync(Ids[learner], Name(learner), new ClaimPeerReview(Cohort, Assignment));

        /// <summary>Sends the review with this comment on every criterion of the assignment's rubric.</summary>
        public Task SendReviewAsync(string learner, Guid review, string comment) => Tests.SendAsAsync(Ids[learner], Name(learner),
            new SubmitPeerReview(Cohort, Assignment, review, Enumerable.Repeat(comment, 6).ToList(), []));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeerReviewCoverageTests(SqliteApp app) : PeerReviewCoverageTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeerReviewCoverageTests(PostgresApp app) : PeerReviewCoverageTests<PostgresApp>(app);
