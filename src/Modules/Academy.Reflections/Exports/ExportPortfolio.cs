using System.IO.Compression;
using System.Net;
using System.Text;
using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Exports;

/// <summary>
/// The learner's portfolio: a zip with a Markdown file per submitted reflection (with the feedback and
/// score) and a printable HTML page of them all.
/// </summary>
public sealed record ExportPortfolio(string CohortSlug) : IRequest<byte[]>;

internal sealed class ExportPortfolioHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser)
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

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var page = new StringBuilder($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reflections, {Html(cohort.CohortName)}</title></head><body><h1>My reflections, {Html(cohort.CohortName)}</h1>");
            foreach (var assignment in assignments.Where(a => a.IsOpen && mine.ContainsKey(a.Slug))) // a module moved later hides its reflections until it opens
            {
                var reflection = mine[assignment.Slug];
                var score = reflection.ReviewedAt is null ? "not yet reviewed" : $"{reflection.Scores.Sum()} of {assignment.MaxPoints} points";
                var markdown = new StringBuilder()
                    .AppendLine($"# {assignment.Title}").AppendLine()
                    .AppendLine($"Module {assignment.ModuleNumber}: {assignment.ModuleTitle}. Submitted {reflection.SubmittedAt:yyyy-MM-dd HH:mm} UTC{(reflection.IsLate ? ", late" : null)}. Score: {score}.").AppendLine()
                    .AppendLine("## Prompt").AppendLine().AppendLine(assignment.Prompt).AppendLine()
                    .AppendLine("## My reflection").AppendLine().AppendLine(reflection.SubmittedMarkdown).AppendLine();
                if (reflection.ReviewedAt is not null)
                {
                    markdown.AppendLine($"## Feedback from {reflection.ReviewerName}").AppendLine().AppendLine(reflection.FeedbackMarkdown);
                }

                var entry = zip.CreateEntry($"{assignment.ModuleNumber:00}-{assignment.Slug}.md", CompressionLevel.Optimal);
                await using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false)))
                {
                    await writer.WriteAsync(markdown.ToString());
                }

                // The stored HTML is the safe rendering made when the text was written.
                page.Append($"<section><h2>{Html(assignment.Title)}</h2><p>Module {assignment.ModuleNumber} · {Html(score)}</p>{reflection.SubmittedHtml}");
                if (reflection.ReviewedAt is not null)
                {
                    page.Append($"<h3>Feedback from {Html(reflection.ReviewerName ?? string.Empty)}</h3>{reflection.FeedbackHtml}");
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
}
