using Academy.Contracts.Privacy;
using Academy.Reflections.Data;
using Academy.Reflections.Review;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Privacy;

/// <summary>
/// A learner's reflections are theirs alone: every draft, submission, score and feedback goes with the
/// account, and so do the comments and peer reviews others left on them. Comments the learner left on a peer's
/// reflection belong to that conversation and stay under "Former member", and so do the peer reviews they sent;
/// their claims not yet sent go back to the pool. The download names a peer reviewer only when the review was
/// named, and the author of a reflection the learner reviewed likewise.
/// </summary>
internal sealed class ReflectionsPersonalData(IReflectionsData data, StalledPeerReviewsMemory stalledPeerReviews) : IPersonalDataProvider
{
    public string Area => "Reflections";

    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var reflections = await data.Reflections.Where(r => r.UserId == userId).Include(r => r.Submissions).Include(r => r.Comments)
            .AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["Reflections"] = reflections.OrderBy(r => r.CohortSlug).ThenBy(r => r.AssignmentSlug).Select(r => new
            {
                Cohort = r.CohortSlug, Assignment = r.AssignmentSlug, Status = r.Status.ToString(), SharedWith = r.Audience.ToString(),
                Draft = r.DraftMarkdown, r.DraftSavedAt, Submitted = r.SubmittedMarkdown, r.SubmittedAt, r.IsLate, r.Scores,
                Feedback = r.FeedbackMarkdown, r.ReviewerName, r.ReviewedAt, r.ExtendedUntil,
                Versions = r.Submissions.OrderBy(s => s.Number).Select(s => new { s.Number, Text = s.Markdown, s.SubmittedAt }).ToList(),
                Comments = r.Comments.OrderBy(c => c.CreatedAt).Select(c => new { By = c.AuthorName, Text = c.Markdown, c.CreatedAt }).ToList(),
            }).ToList(),
            ["Peer reviews of my reflections"] = await ReviewsReceivedAsync(userId, cancellationToken),
            ["Peer reviews I wrote"] = await ReviewsWrittenAsync(userId, cancellationToken),
            ["Comments on others' reflections"] = await (
                    from comment in data.ReflectionComments
                    where comment.AuthorId == userId
                    join reflection in data.Reflections on comment.ReflectionId equals reflection.Id
                    where reflection.UserId != userId
                    select new { Cohort = reflection.CohortSlug, Assignment = reflection.AssignmentSlug, On = reflection.AuthorName, Text = comment.Markdown, comment.CreatedAt })
                .ToListAsync(cancellationToken),
        };
    }

    /// <summary>
    /// The sent reviews of the learner's work that they may read: an anonymous one without its reviewer's name or id,
    /// scores only where the assignment shows them to authors, none an instructor hid.
    /// </summary>
    private async Task<object> ReviewsReceivedAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await data.PeerReviews.AsNoTracking()
            .Where(r => r.AuthorId == userId && r.SubmittedAt != null && !r.IsHidden)
            .OrderBy(r => r.CohortSlug).ThenBy(r => r.AssignmentSlug).ThenBy(r => r.SubmittedAt)
            .Select(r => new
            {
                r.CohortSlug, r.AssignmentSlug, By = r.IsAnonymous ? null : r.ReviewerName, r.SubmittedAt, r.Criteria,
                ShowsScores = data.PeerReviewSettings.Any(s => s.CohortSlug == r.CohortSlug && s.AssignmentSlug == r.AssignmentSlug && s.ShowsPeerScores),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new
        {
            Cohort = r.CohortSlug, Assignment = r.AssignmentSlug, r.By, Sent = r.SubmittedAt,
            Criteria = r.Criteria.Select(c => new { Comment = c.CommentMarkdown, Score = r.ShowsScores ? c.Score : null }).ToList(),
        }).ToList();
    }

    /// <summary>The learner's reviews of peers' work, sent or still being written: the author named only in a named review.</summary>
    private async Task<object> ReviewsWrittenAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await (
                from review in data.PeerReviews.AsNoTracking()
                where review.ReviewerId == userId
                join reflection in data.Reflections on review.ReflectionId equals reflection.Id
                orderby review.CohortSlug, review.AssignmentSlug, review.ClaimedAt
                select new
                {
                    review.CohortSlug, review.AssignmentSlug, Of = review.IsAnonymous ? null : reflection.AuthorName, review.IsAnonymous, review.ClaimedAt,
                    review.SubmittedAt, review.IsHidden, review.Criteria,
                })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new
        {
            Cohort = r.CohortSlug, Assignment = r.AssignmentSlug, r.Of, Anonymous = r.IsAnonymous, Claimed = r.ClaimedAt, Sent = r.SubmittedAt,
            HiddenByInstructor = r.IsHidden, Criteria = r.Criteria.Select(c => new { Comment = c.CommentMarkdown, c.Score }).ToList(),
        }).ToList();
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var own = data.Reflections.Where(r => r.UserId == userId).Select(r => r.Id);
        await data.ReflectionComments.Where(c => own.Contains(c.ReflectionId)).ExecuteDeleteAsync(cancellationToken);

        // Peer reviews: those of their work go with it; their claims not sent return to the pool; a reviewer whose claim
        // they took over is no longer told of them; the reviews they sent stay with their authors under "Former member".
        await data.PeerReviews.Where(r => r.AuthorId == userId || own.Contains(r.ReflectionId)).ExecuteDeleteAsync(cancellationToken);
        await data.PeerReviews.Where(r => r.ReviewerId == userId && r.SubmittedAt == null).ExecuteDeleteAsync(cancellationToken);
        await data.PeerReviews.Where(r => r.LapsedReviewerId == userId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.LapsedReviewerId, (string?)null), cancellationToken);
        foreach (var sent in await data.PeerReviews.Where(r => r.ReviewerId == userId).ToListAsync(cancellationToken))
        {
            sent.ForgetReviewer(FormerMember.Name);
        }

        await data.ReflectionComments.Where(c => c.AuthorId == userId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.AuthorId, string.Empty).SetProperty(x => x.AuthorName, FormerMember.Name), cancellationToken);
        var reflections = await data.Reflections.Where(r => r.UserId == userId).Include(r => r.Submissions).ToListAsync(cancellationToken);
        data.Reflections.RemoveRange(reflections); // with their submitted versions
        await data.SaveChangesAsync(cancellationToken);
        stalledPeerReviews.Forget(); // their claims went without being tracked
    }
}
