using Academy.Contracts.Privacy;
using Academy.Reflections.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Privacy;

/// <summary>
/// A learner's reflections are theirs alone: every draft, submission, score and feedback goes with the
/// account, and so do the comments others left on them. Comments the learner left on a peer's reflection
/// belong to that conversation and stay under "Former member".
/// </summary>
internal sealed class ReflectionsPersonalData(IReflectionsData data) : IPersonalDataProvider
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
            ["Comments on others' reflections"] = await (
                    from comment in data.ReflectionComments
                    where comment.AuthorId == userId
                    join reflection in data.Reflections on comment.ReflectionId equals reflection.Id
                    where reflection.UserId != userId
                    select new { Cohort = reflection.CohortSlug, Assignment = reflection.AssignmentSlug, On = reflection.AuthorName, Text = comment.Markdown, comment.CreatedAt })
                .ToListAsync(cancellationToken),
        };
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var own = data.Reflections.Where(r => r.UserId == userId).Select(r => r.Id);
        await data.ReflectionComments.Where(c => own.Contains(c.ReflectionId)).ExecuteDeleteAsync(cancellationToken);
        await data.ReflectionComments.Where(c => c.AuthorId == userId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.AuthorId, string.Empty).SetProperty(x => x.AuthorName, FormerMember.Name), cancellationToken);
        var reflections = await data.Reflections.Where(r => r.UserId == userId).Include(r => r.Submissions).ToListAsync(cancellationToken);
        data.Reflections.RemoveRange(reflections); // with their submitted versions
        await data.SaveChangesAsync(cancellationToken);
    }
}
