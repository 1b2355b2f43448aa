using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Resources;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Exports;

/// <summary>
/// The learner's portfolio: a zip with a Markdown file per submitted reflection (with the feedback and
/// score, and the peer reviews it received) and a printable HTML page of them all. An anonymous peer review is
/// "Peer review 1" and so on, never its reviewer; hidden ones are left out, and peers' scores are in only where the
/// assignment shows them to authors.
/// </summary>
public sealed record ExportPortfolio(string CohortSlug) : IRequest<byte[]>;

internal sealed class ExportPortfolioHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<ExportPortfolio, byte[]>
{
    public async Task<byte[]> Handle(ExportPortfolio request, CancellationToken cancellationToken)
    {
        var (cohort, assignments) = await context.LoadAsync(request.CohortSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners have a portfolio in {request.CohortSlug}.");
        }

        var userId = currentUser.UserId;
        var mine = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId && r.SubmittedAt != null)
            .ToDictionaryAsync(r => r.AssignmentSlug, cancellationToken);

        var ids = mine.Values.Select(r => r.Id).ToList();
        var peerReviews = (await data.PeerReviews.AsNoTracking()
                .Where(r => ids.Contains(r.ReflectionId) && r.AuthorId == userId && r.SubmittedAt != null && !r.IsHidden)
                .OrderBy(r => r.SubmittedAt)
                .Select(r => new PeerReviewRead(r.AssignmentSlug, r.IsAnonymous ? null : r.ReviewerName, r.Criteria))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.AssignmentSlug);
        var settings = await data.PeerReviewSettings.AsNoTracking().Where(s => s.CohortSlug == cohort.CohortSlug).ToDictionaryAsync(s => s.AssignmentSlug, cancellationToken);
        var given = await data.PeerReviews.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.ReviewerId == userId && r.SubmittedAt != null)
            .GroupBy(r => r.AssignmentSlug).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var page = new StringBuilder($"<!DOCTYPE html><html lang=\"{Html(language)}\"><head><meta charset=\"utf-8\"><title>{Html(t["Reflections, {0}", cohort.CohortName])}</title></head><body><h1>{Html(t["My reflections, {0}", cohort.CohortName])}</h1>");
            foreach (var assignment in assignments.Where(a => a.IsOpen && mine.ContainsKey(a.Slug))) // a module moved later hides its reflections until it opens
            {
                var reflection = mine[assignment.Slug];
                string score = reflection.ReviewedAt is null ? t["not yet reviewed"] : t["{0} of {1} points", reflection.Scores.Sum(), assignment.MaxPoints];
                var submitted = reflection.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                var markdown = new StringBuilder()
                    .AppendLine($"# {assignment.Title}").AppendLine()
                    .AppendLine(reflection.IsLate
                        ? t["Module {0}: {1}. Submitted {2} UTC, late. Score: {3}.", assignment.ModuleNumber, assignment.ModuleTitle, submitted ?? string.Empty, score]
                        : t["Module {0}: {1}. Submitted {2} UTC. Score: {3}.", assignment.ModuleNumber, assignment.ModuleTitle, submitted ?? string.Empty, score]).AppendLine()
                    .AppendLine($"## {t["Prompt"]}").AppendLine().AppendLine(assignment.Prompt).AppendLine()
                    .AppendLine($"## {t["My reflection"]}").AppendLine().AppendLine(reflection.SubmittedMarkdown).AppendLine();
                if (reflection.ReviewedAt is not null)
                {
                    markdown.AppendLine($"## {t["Feedback from {0}", reflection.ReviewerName ?? string.Empty]}").AppendLine().AppendLine(reflection.FeedbackMarkdown);
                }

                var reviews = peerReviews[assignment.Slug].ToList();
                settings.TryGetValue(assignment.Slug, out var peerReview);
                var withheld = reviews.Count > 0 && peerReview is { RevealsAfterGiving: true } && given.GetValueOrDefault(assignment.Slug) < peerReview.ReviewsToGive;
                var criteria = PeerReviewRubric.Of(assignment);
                var showsScores = peerReview?.ShowsPeerScores == true;
                if (reviews.Count > 0)
                {
                    markdown.AppendLine($"## {t["Peer reviews"]}").AppendLine();
                    if (withheld)
                    {
                        markdown.AppendLine(t["Your peers' reviews of this reflection show once you have given your own."]).AppendLine();
                    }
                }

                foreach (var (review, number) in withheld ? [] : reviews.Select((review, i) => (review, i + 1)))
                {
                    markdown.AppendLine($"### {PeerReviewHeading(review, number)}").AppendLine();
                    foreach (var (criterion, i) in review.Criteria.Select((criterion, i) => (criterion, i)))
                    {
                        if (CriterionLine(criteria, i, criterion, showsScores) is { } line)
                        {
                            markdown.AppendLine($"**{line}**").AppendLine();
                        }

                        markdown.AppendLine(criterion.CommentMarkdown).AppendLine();
                    }
                }

                var entry = zip.CreateEntry($"{assignment.ModuleNumber:00}-{assignment.Slug}.md", CompressionLevel.Optimal);
                await using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false)))
                {
                    await writer.WriteAsync(markdown.ToString());
                }

                // The stored HTML is the safe rendering made when the text was written.
                page.Append($"<section><h2>{Html(assignment.Title)}</h2><p>{Html(t["Module {0} · {1}", assignment.ModuleNumber, score])}</p>{reflection.SubmittedHtml}");
                if (reflection.ReviewedAt is not null)
                {
                    page.Append($"<h3>{Html(t["Feedback from {0}", reflection.ReviewerName ?? string.Empty])}</h3>{reflection.FeedbackHtml}");
                }

                if (reviews.Count > 0)
                {
                    page.Append($"<h3>{Html(t["Peer reviews"])}</h3>");
                    if (withheld)
                    {
                        page.Append($"<p>{Html(t["Your peers' reviews of this reflection show once you have given your own."])}</p>");
                    }
                }

                foreach (var (review, number) in withheld ? [] : reviews.Select((review, i) => (review, i + 1)))
                {
                    page.Append($"<h4>{Html(PeerReviewHeading(review, number))}</h4>");
                    foreach (var (criterion, i) in review.Criteria.Select((criterion, i) => (criterion, i)))
                    {
                        if (CriterionLine(criteria, i, criterion, showsScores) is { } line)
                        {
                            page.Append($"<p><strong>{Html(line)}</strong></p>");
                        }

                        page.Append(criterion.CommentHtml);
                    }
                }

                page.Append("</section>");
            }

            page.Append("</body></html>");
            var index = zip.CreateEntry("reflections.html", CompressionLevel.Optimal);
            await using var pageWriter = new StreamWriter(index.Open(), new UTF8Encoding(false));
            await pageWriter.WriteAsync(page.ToString());
        }

        return buffer.ToArray();
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"Peer review 2", or with its reviewer's name when the review was named.</summary>
    private string PeerReviewHeading(PeerReviewRead review, int number) =>
        review.ReviewerName is { } name ? t["Peer review {0}, by {1}", number, name] : t["Peer review {0}", number];

    /// <summary>The criterion commented on (none for an assignment without a rubric), with the score where authors see scores.</summary>
    private string? CriterionLine(IReadOnlyList<PeerCriterion> criteria, int index, PeerReviewCriterion criterion, bool showsScores)
    {
        var name = index < criteria.Count && criteria[index].Points.Count > 0 ? criteria[index].Name : null;
        var score = showsScores && criterion.Score is { } points ? t["{0} points", points].Value : null;
        return (name, score) switch
        {
            (null, null) => null,
            (null, _) => score,
            (_, null) => name,
            _ => $"{name} · {score}",
        };
    }

    /// <param name="ReviewerName">Null for an anonymous review: its reviewer is never in the portfolio.</param>
    private sealed record PeerReviewRead(string AssignmentSlug, string? ReviewerName, List<PeerReviewCriterion> Criteria);
}
