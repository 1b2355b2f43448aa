using System.Net;
using System.Text.RegularExpressions;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Search;

/// <summary>Full-text search of a cohort's posts (SQLite FTS5, PostgreSQL full-text), best matches first, with the words highlighted.</summary>
public sealed record SearchDiscussions(string CohortSlug, string Query) : IRequest<IReadOnlyList<SearchHit>>;

public sealed record SearchHit(int ThreadNumber, string ThreadTitle, int Sequence, string AuthorName, string SnippetHtml);

internal sealed class SearchDiscussionsValidator : AbstractValidator<SearchDiscussions>
{
    public SearchDiscussionsValidator() => RuleFor(request => request.Query)
        .Must(query => SearchTerms.Words(query).Count > 0).WithMessage("Type a word or two to search for.")
        .MaximumLength(200).WithMessage("Keep the search to 200 characters.");
}

internal sealed class SearchDiscussionsHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<SearchDiscussions, IReadOnlyList<SearchHit>>
{
    private const int MostHits = 50;

    // Highlight markers that cannot occur in typed text survive HTML encoding and then become <mark>.
    private const string Start = "\u0002";
    private const string Stop = "\u0003";

    public async Task<IReadOnlyList<SearchHit>> Handle(SearchDiscussions request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var words = SearchTerms.Words(request.Query);
        var moderator = participant.IsModerator;
        var closed = participant.ClosedModules.ToArray(); // nothing of a module's space is found before it opens
        var rows = data.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? await data.Database.SqlQuery<Row>($"""
                SELECT t."Number" AS "ThreadNumber", t."Title" AS "ThreadTitle", p."Sequence" AS "Sequence", p."AuthorName" AS "AuthorName",
                       ts_headline('simple', p."BodyMarkdown", to_tsquery('simple', {SearchTerms.ForTsQuery(words)}),
                                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=10') AS "Snippet"
                FROM discussions.discussions_posts p
                JOIN discussions.discussions_threads t ON t."Id" = p."ThreadId"
                JOIN discussions.discussions_spaces s ON s."Id" = t."SpaceId"
                WHERE t."CohortSlug" = {participant.CohortSlug} AND p."DeletedAt" IS NULL AND (p."HiddenAt" IS NULL OR {moderator})
                  AND (s."ModuleSlug" IS NULL OR NOT (s."ModuleSlug" = ANY({closed})))
                  AND to_tsvector('simple', p."BodyMarkdown") @@ to_tsquery('simple', {SearchTerms.ForTsQuery(words)})
                ORDER BY ts_rank(to_tsvector('simple', p."BodyMarkdown"), to_tsquery('simple', {SearchTerms.ForTsQuery(words)})) DESC
                LIMIT {MostHits}
                """).ToListAsync(cancellationToken)
            : await data.Database.SqlQuery<Row>($"""
                SELECT t."Number" AS "ThreadNumber", t."Title" AS "ThreadTitle", p."Sequence" AS "Sequence", p."AuthorName" AS "AuthorName",
                       snippet(discussions_posts_fts, 0, char(2), char(3), '…', 30) AS "Snippet"
                FROM discussions_posts_fts
                JOIN discussions_posts p ON p.rowid = discussions_posts_fts.rowid
                JOIN discussions_threads t ON t."Id" = p."ThreadId"
                JOIN discussions_spaces s ON s."Id" = t."SpaceId"
                WHERE discussions_posts_fts MATCH {SearchTerms.ForFts5(words)}
                  AND t."CohortSlug" = {participant.CohortSlug} AND p."DeletedAt" IS NULL AND (p."HiddenAt" IS NULL OR {moderator})
                  AND (s."ModuleSlug" IS NULL OR s."ModuleSlug" NOT IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(closed)})))
                ORDER BY bm25(discussions_posts_fts)
                LIMIT {MostHits}
                """).ToListAsync(cancellationToken);

        return rows.Select(row => new SearchHit(row.ThreadNumber, row.ThreadTitle, row.Sequence, row.AuthorName,
                WebUtility.HtmlEncode(row.Snippet).Replace(Start, "<mark>", StringComparison.Ordinal).Replace(Stop, "</mark>", StringComparison.Ordinal)))
            .ToList();
    }

    internal sealed class Row
    {
        public int ThreadNumber { get; set; }
        public string ThreadTitle { get; set; } = string.Empty;
        public int Sequence { get; set; }
        public string AuthorName { get; set; } = string.Empty;
        public string Snippet { get; set; } = string.Empty;
    }
}

/// <summary>Turns what someone typed into search words, never into query syntax (quotes, operators) that could fail.</summary>
internal static partial class SearchTerms
{
    public static IReadOnlyList<string> Words(string? query) =>
        query is null ? [] : WordPattern().Matches(query).Select(match => match.Value.ToLowerInvariant()).Distinct().Take(10).ToList();

    /// <summary>The same for PostgreSQL: every word, the last as a prefix. Words hold only letters and digits, so no syntax leaks in.</summary>
    public static string ForTsQuery(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select((word, index) => index == words.Count - 1 ? $"{word}:*" : word));

    /// <summary>Every word must occur; the last may be the start of a word (the searcher may still be typing).</summary>
    public static string ForFts5(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((word, index) => index == words.Count - 1 ? $"\"{word}\"*" : $"\"{word}\""));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
