using System.Diagnostics;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Xunit.Abstractions;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// Many reviewers asking for a reflection at the same instant, each in its own scope and connection, on PostgreSQL
/// (where requests really run side by side; SQLite writes one at a time). The database settles who holds which slot.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PeerReviewClaimRaceTests(PostgresApp app, ITestOutputHelper output)
{
    private const int Rounds = 6;
    private const int ReviewsPerSubmission = 2;
    private const string TooMany = "Many reviewers are asking at once. Try again in a moment.";
    private const string Lapsed = "Your claim lapsed and this reflection went to another reviewer.";

    [Fact]
    public async Task Reviewers_claiming_at_once_never_share_a_slot_never_get_their_own_and_fill_the_fewest_first()
    {
        var watch = Stopwatch.StartNew();
        var refusedAsBusy = 0;
        for (var round = 0; round < Rounds; round++)
        {
            refusedAsBusy += await RaceAsync(round);
        }

        output.WriteLine($"{Rounds} rounds of 13 claims and a send at once in {watch.Elapsed.TotalSeconds:F1} s; {refusedAsBusy} refused as too busy");
        Assert.Equal(0, refusedAsBusy);
    }

    [Fact]
    public async Task A_reviewer_who_asks_twice_at_once_holds_one_claim_and_both_answers_lead_to_it()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var cohort = await PeerReviewCohort.StartAsync(app, 5);
            await cohort.TurnOnAsync();
            foreach (var learner in cohort.Learners)
            {
                await cohort.SubmitAsync(learner);
            }

            var reviewer = cohort.Learners[0];
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var clicks = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                await gate.Task;
                return await cohort.ClaimAsync(reviewer);
            })).ToList();
            gate.SetResult();
            var answers = await Task.WhenAll(clicks);

            var held = (await cohort.ReviewsAsync()).Where(r => r.ReviewerId == reviewer).ToList();
            Assert.Single(held);
            Assert.All(answers, answer => Assert.Equal(held[0].Id, answer));
        }
    }

    /// <summary>
    /// Five authors (shared reflections, the pool) and seven others (kept private: they review but are not reviewed)
    /// claim at once, together with W, whose claim of one reflection lapsed (renewed for them, or taken over by another);
    /// and X, whose claim of another lapsed, sends their review at the same instant (theirs, or refused as lapsed).
    /// </summary>
    private async Task<int> RaceAsync(int round)
    {
        var cohort = await PeerReviewCohort.StartAsync(app, 14);
        var authors = cohort.Learners.Take(5).ToList();
        var others = cohort.Learners.Skip(5).Take(7).ToList();
        var (w, x) = (cohort.Learners[12], cohort.Learners[13]);
        await cohort.TurnOnAsync(reviewsPerSubmission: ReviewsPerSubmission, includesPrivate: false);
        foreach (var author in authors)
        {
            await cohort.SubmitAsync(author, shared: true);
        }

        foreach (var reviewer in others.Append(w).Append(x))
        {
            await cohort.SubmitAsync(reviewer);
        }

        var wLapsed = await cohort.ClaimAsync(w);
        var xLapsed = await cohort.ClaimAsync(x);
        await cohort.LapseAsync(wLapsed);
        await cohort.LapseAsync(xLapsed);

        var claimers = authors.Concat(others).Append(w).ToList();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = claimers.Select(claimer => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                return (claimer, Claim: (Guid?)await cohort.ClaimAsync(claimer), Refusal: (string?)null);
            }
            catch (RuleViolation refused)
            {
                return (claimer, Claim: (Guid?)null, Refusal: (string?)refused.Message);
            }
        })).ToList();
        var send = Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                await cohort.SendReviewAsync(x, xLapsed, "X's own words");
                return null;
            }
            catch (RuleViolation refused)
            {
                return refused.Message;
            }
        });
        gate.SetResult();
        var answers = await Task.WhenAll(claims); // anything but a claim or a refusal fails the test here
        var sendRefusal = await send;

        var reviews = await cohort.ReviewsAsync();
        var submissions = await cohort.SubmissionsAsync();
        var byId = reviews.ToDictionary(r => r.Id);
        Assert.All(answers.Where(a => a.Claim is null), a => Assert.Equal(TooMany, a.Refusal));
        var granted = answers.Where(a => a.Claim is not null).ToList();
        Assert.Equal(granted.Count, granted.Select(a => a.Claim).Distinct().Count());
        Assert.All(granted, a =>
        {
            var review = byId[a.Claim!.Value];
            Assert.Equal(a.claimer, review.ReviewerId);
            Assert.NotEqual(a.claimer, review.AuthorId);
            Assert.Equal(review.AuthorId, submissions[review.ReflectionId]);
        });
        Assert.Equal(reviews.Count, reviews.Select(r => (r.ReflectionId, r.Slot)).Distinct().Count());
        Assert.Equal(reviews.Count, reviews.Select(r => (r.ReflectionId, r.ReviewerId)).Distinct().Count());

        // Fewest first: no reflection holds more than it needs while another holds fewer than it needs.
        var now = DateTimeOffset.UtcNow;
        var pool = submissions.Where(s => authors.Contains(s.Value)).Select(s => s.Key).ToList();
        Assert.Equal(5, pool.Count);
        Assert.All(reviews, r => Assert.Contains(r.ReflectionId, pool)); // the private ones are not reviewed
        var held = pool.Select(id => reviews.Count(r => r.ReflectionId == id && !r.IsHidden && r.HoldsSlot(now))).ToList();
        Assert.True(held.Max() <= ReviewsPerSubmission || held.Min() >= ReviewsPerSubmission, $"Round {round}: held {string.Join(", ", held)}");
        Assert.InRange(held.Max() - held.Min(), 0, 2);

        // W's lapsed claim: renewed for W, or taken over (and then W has another).
        var wSlot = byId[wLapsed];
        var wAnswer = granted.Single(a => a.claimer == w);
        Assert.True(wAnswer.Claim == wLapsed ? wSlot.ReviewerId == w : wSlot.ReviewerId != w && wSlot.LapsedReviewerId == w,
            $"Round {round}: W's old claim is {wSlot.ReviewerId}'s, W got {(wAnswer.Claim == wLapsed ? "it back" : "another")}");

        // X's send: their review under their name, or refused as lapsed with the slot another's and X's words nowhere.
        var xSlot = byId[xLapsed];
        if (sendRefusal is null)
        {
            Assert.Equal((x, true), (xSlot.ReviewerId, xSlot.IsSubmitted));
            Assert.StartsWith("X's own words", xSlot.Criteria[0].CommentMarkdown);
            Assert.DoesNotContain(granted, a => a.Claim == xLapsed);
        }
        else
        {
            Assert.StartsWith(Lapsed, sendRefusal);
            Assert.NotEqual(x, xSlot.ReviewerId);
            Assert.Equal(x, xSlot.LapsedReviewerId);
        }

        Assert.DoesNotContain(reviews, r => r.ReviewerId != x && r.Criteria.Any(c => c.CommentMarkdown.StartsWith("X's own words", StringComparison.Ordinal)));
        output.WriteLine($"Round {round}: held {string.Join(", ", held)}; W {(wAnswer.Claim == wLapsed ? "renewed" : "lost and claimed anew")}; "
                         + $"X's send {(sendRefusal is null ? "kept" : "refused")}; {answers.Count(a => a.Claim is null)} busy");
        return answers.Count(a => a.Claim is null);
    }
}
