using Academy.Contracts.Courses;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Markdown;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Demo;

/// <summary>The instructor's review of a demo reflection: points per rubric criterion, feedback, and whether it is complete or returned.</summary>
public sealed record DemoReview(IReadOnlyList<int> Scores, string Feedback, bool Complete, string ReviewerName, DateTimeOffset At);

/// <summary>A cohort member's comment on a reflection shared in the gallery.</summary>
public sealed record DemoComment(string UserId, string Name, string Markdown, DateTimeOffset At);

/// <summary>A learner's request for more time, waiting for the instructor.</summary>
public sealed record DemoExtensionRequest(DateOnly Until, string Reason, DateTimeOffset At);

/// <summary>
/// A learner's reflection in the demo: a draft saved at <see cref="WrittenAt"/>, submitted then when
/// <see cref="Submitted"/> (late if after the due date, as for anyone), then reviewed, shared and commented on.
/// </summary>
public sealed record DemoReflection(string AssignmentSlug, string UserId, string AuthorName, string Markdown, DateTimeOffset WrittenAt, bool Submitted,
    DemoReview? Review = null, bool SharedWithCohort = false, IReadOnlyList<DemoComment>? Comments = null, DemoExtensionRequest? ExtensionRequest = null);

/// <summary>
/// Peer review of one demo assignment, anonymous and with scores shown, as an instructor switches it on: reviews each
/// peer sent (or is still writing, when <see cref="DemoPeerReview.SentAt"/> is null).
/// </summary>
public sealed record DemoPeerReviewing(string AssignmentSlug, DateOnly ReviewsDueOn, DateTimeOffset SwitchedOnAt, IReadOnlyList<DemoPeerReview> Reviews);

/// <param name="Comments">One per rubric criterion, in its order.</param>
public sealed record DemoPeerReview(string AuthorUserId, string ReviewerUserId, string ReviewerName, IReadOnlyList<string> Comments,
    IReadOnlyList<int?> Scores, DateTimeOffset ClaimedAt, DateTimeOffset? SentAt);

/// <summary>The words of the module's notifications that the demo's people find waiting, the same as a real review or comment writes.</summary>
public static class DemoReflectionNotices
{
    public static Words Reviewed(string reviewerName, string assignmentTitle, int points, int maxPoints) =>
        new(typeof(ReflectionsText), "{0} reviewed your reflection “{1}”: {2} of {3} points", reviewerName, assignmentTitle, points, maxPoints);

    public static Words CommentedOn(string authorName, string assignmentTitle) =>
        new(typeof(ReflectionsText), "{0} commented on your reflection “{1}”", authorName, assignmentTitle);
}

/// <summary>Writes a demo cohort's reflections once, with the times the script gives. Used in Development only.</summary>
public interface IDemoReflectionsSeeder
{
    /// <summary>False when the cohort already has reflections (nothing is written then).</summary>
    Task<bool> SeedAsync(string cohortSlug, string courseSlug, DateOnly startsOn, IReadOnlyList<DemoReflection> reflections, DemoPeerReviewing? peerReviewing,
        CancellationToken cancellationToken);
}

internal sealed class DemoReflectionsSeeder(IReflectionsData data, IMediator mediator, IMarkdownRenderer markdown) : IDemoReflectionsSeeder
{
    // The demo cohort is created in the default zone.
    private const string DemoZone = ZonedTime.DefaultZone;

    public async Task<bool> SeedAsync(string cohortSlug, string courseSlug, DateOnly startsOn, IReadOnlyList<DemoReflection> reflections,
        DemoPeerReviewing? peerReviewing, CancellationToken cancellationToken)
    {
        if (await data.Reflections.AnyAsync(r => r.CohortSlug == cohortSlug, cancellationToken))
        {
            return false;
        }

        var assignments = (await mediator.Send(new GetReflectionAssignments(courseSlug, cohortSlug, startsOn, DemoZone), cancellationToken))
            .ToDictionary(assignment => assignment.Slug);
        var written = new Dictionary<(string Assignment, string UserId), Reflection>();
        foreach (var demo in reflections)
        {
            var assignment = assignments[demo.AssignmentSlug];
            var reflection = new Reflection(cohortSlug, assignment.Slug, demo.UserId, demo.AuthorName);
            written[(assignment.Slug, demo.UserId)] = reflection;
            if (demo.ExtensionRequest is { } extension)
            {
                reflection.RequestExtension(extension.Until, extension.Reason, extension.At);
            }

            reflection.SaveDraft(demo.Markdown, reflection.DraftVersion, demo.WrittenAt);
            if (demo.Submitted)
            {
                reflection.Submit(demo.Markdown, markdown.RenderUserContent(demo.Markdown).Html, new Deadline(assignment.DueOn, assignment.CutOffOn), demo.WrittenAt, DemoZone);
            }

            if (demo.Review is { } review)
            {
                reflection.Review(review.Scores, review.Feedback, markdown.RenderUserContent(review.Feedback).Html, review.Complete, review.ReviewerName, review.At);
            }

            if (demo.SharedWithCohort)
            {
                reflection.ShareWith(ReflectionAudience.Cohort);
            }

            data.Reflections.Add(reflection);
            foreach (var comment in demo.Comments ?? [])
            {
                data.ReflectionComments.Add(new ReflectionComment(reflection.Id, comment.UserId, comment.Name, comment.Markdown,
                    markdown.RenderUserContent(comment.Markdown).Html, comment.At));
            }
        }

        if (peerReviewing is not null)
        {
            SeedPeerReviewing(cohortSlug, peerReviewing, written);
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void SeedPeerReviewing(string cohortSlug, DemoPeerReviewing demo, Dictionary<(string Assignment, string UserId), Reflection> written)
    {
        var settings = new PeerReviewSettings(cohortSlug, demo.AssignmentSlug);
        settings.Change(isOn: true, PeerReviewSettings.DefaultReviewsPerSubmission, PeerReviewSettings.DefaultReviewsToGive, isAnonymous: true, demo.ReviewsDueOn,
            showsPeerScores: true, revealsAfterGiving: false, includesPrivateReflections: true, PeerReviewSettings.DefaultClaimHours, demo.SwitchedOnAt);
        data.PeerReviewSettings.Add(settings);
        foreach (var group in demo.Reviews.GroupBy(review => review.AuthorUserId))
        {
            var reflection = written[(demo.AssignmentSlug, group.Key)];
            var slot = 0;
            foreach (var review in group)
            {
                var peerReview = new PeerReview(new ReviewedSubmission(reflection.Id, cohortSlug, demo.AssignmentSlug, reflection.UserId), ++slot,
                    review.ReviewerUserId, review.ReviewerName, settings.IsAnonymous, assignedByInstructor: false, review.ClaimedAt, settings.ClaimLasts);
                if (review.SentAt is { } sentAt)
                {
                    peerReview.Submit(review.Comments.Select((comment, i) => new PeerReviewCriterion(comment, markdown.RenderUserContent(comment).Html,
                        i < review.Scores.Count ? review.Scores[i] : null)).ToList(), sentAt);
                }

                data.PeerReviews.Add(peerReview);
            }
        }
    }
}
