using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
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
/// score) and a printable HTML page of them all.
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
