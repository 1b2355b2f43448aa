using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Academy.Discussions.Search;

/// <summary>Whose posts a search looks through, and for what.</summary>
/// <param name="ClosedModules">Modules not yet open to the searcher: nothing of their spaces is found.</param>
internal sealed record SearchScope(string CohortSlug, bool Moderator, string[] ClosedModules, IReadOnlyList<string> Words);

/// <summary>A found post as the search query returns it.</summary>
internal sealed class SearchRow
{
    public int ThreadNumber { get; set; }
    public string ThreadTitle { get; set; } = string.Empty;
    public int Sequence { get; set; }
    public string AuthorName { get; set; } = string.Empty;

    /// <summary>Empty for the course's own post (a discussion prompt).</summary>
    public string AuthorId { get; set; } = string.Empty;

    /// <summary>The language of a thread the course opened; null for people's threads.</summary>
    public string? ThreadLanguage { get; set; }

    public string Snippet { get; set; } = string.Empty;
}

/// <summary>
/// The one place that speaks each provider's full-text SQL. Every query finds posts with all the words (the last may
/// be the start of a word), best first, at most <see cref="MostHits"/>, and marks the words in its snippet with
/// <see cref="Start"/> and <see cref="Stop"/>.
/// </summary>
internal static class SearchSql
{
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";
    public const int MostHits = 50;

    // Highlight markers that cannot occur in typed text survive HTML encoding and then become <mark>.
    public const string Start = "\u0002";
    public const string Stop = "\u0003";

    private const int SnippetWords = 30;

    private static bool? fullTextIndex;

    public static IQueryable<SearchRow> Sqlite(DatabaseFacade database, SearchScope scope) => database.SqlQuery<SearchRow>($"""
        SELECT t."Number" AS "ThreadNumber", t."Title" AS "ThreadTitle", p."Sequence" AS "Sequence", p."AuthorName" AS "AuthorName", p."AuthorId" AS "AuthorId", t."ContentLanguage" AS "ThreadLanguage",
               snippet(discussions_posts_fts, 0, char(2), char(3), '…', 30) AS "Snippet"
        FROM discussions_posts_fts
        JOIN discussions_posts p ON p.rowid = discussions_posts_fts.rowid
        JOIN discussions_threads t ON t."Id" = p."ThreadId"
        JOIN discussions_spaces s ON s."Id" = t."SpaceId"
        WHERE discussions_posts_fts MATCH {SearchTerms.ForFts5(scope.Words)}
          AND t."CohortSlug" = {scope.CohortSlug} AND p."DeletedAt" IS NULL AND (p."HiddenAt" IS NULL OR {scope.Moderator})
          AND (s."ModuleSlug" IS NULL OR s."ModuleSlug" NOT IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(scope.ClosedModules)})))
        ORDER BY bm25(discussions_posts_fts)
        LIMIT {MostHits}
        """);

    public static IQueryable<SearchRow> Postgres(DatabaseFacade database, SearchScope scope) => database.SqlQuery<SearchRow>($"""
        SELECT t."Number" AS "ThreadNumber", t."Title" AS "ThreadTitle", p."Sequence" AS "Sequence", p."AuthorName" AS "AuthorName", p."AuthorId" AS "AuthorId", t."ContentLanguage" AS "ThreadLanguage",
               ts_headline('simple', p."BodyMarkdown", to_tsquery('simple', {SearchTerms.ForTsQuery(scope.Words)}),
                           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=10') AS "Snippet"
        FROM discussions.discussions_posts p
        JOIN discussions.discussions_threads t ON t."Id" = p."ThreadId"
        JOIN discussions.discussions_spaces s ON s."Id" = t."SpaceId"
        WHERE t."CohortSlug" = {scope.CohortSlug} AND p."DeletedAt" IS NULL AND (p."HiddenAt" IS NULL OR {scope.Moderator})
          AND (s."ModuleSlug" IS NULL OR NOT (s."ModuleSlug" = ANY({scope.ClosedModules})))
          AND to_tsvector('simple', p."BodyMarkdown") @@ to_tsquery('simple', {SearchTerms.ForTsQuery(scope.Words)})
        ORDER BY ts_rank(to_tsvector('simple', p."BodyMarkdown"), to_tsquery('simple', {SearchTerms.ForTsQuery(scope.Words)})) DESC
        LIMIT {MostHits}
        """);

    /// <summary>
    /// With the full-text index (migration DiscussionSearch) the server ranks with CONTAINSTABLE. Without it (the
    /// official Linux image has no full-text search) every word must occur as text, ranked by how often the words
    /// occur. Either way the snippet is cut here (<see cref="CutSnippets"/>): SQL Server has no headline function.
    /// </summary>
    public static IQueryable<SearchRow> SqlServer(DatabaseFacade database, SearchScope scope, bool fullText)
    {
        var closed = System.Text.Json.JsonSerializer.Serialize(scope.ClosedModules);
        if (fullText)
        {
            return database.SqlQuery<SearchRow>($"""
                SELECT TOP ({MostHits}) t.[Number] AS [ThreadNumber], t.[Title] AS [ThreadTitle], p.[Sequence] AS [Sequence], p.[AuthorName] AS [AuthorName], p.[AuthorId] AS [AuthorId], t.[ContentLanguage] AS [ThreadLanguage],
                       p.[BodyMarkdown] AS [Snippet]
                FROM CONTAINSTABLE(discussions.discussions_posts, BodyMarkdown, {SearchTerms.ForContains(scope.Words)}) AS found
                JOIN discussions.discussions_posts p ON p.[Id] = found.[KEY]
                JOIN discussions.discussions_threads t ON t.[Id] = p.[ThreadId]
                JOIN discussions.discussions_spaces s ON s.[Id] = t.[SpaceId]
                WHERE t.[CohortSlug] = {scope.CohortSlug} AND p.[DeletedAt] IS NULL AND (p.[HiddenAt] IS NULL OR {scope.Moderator} = CAST(1 AS bit))
                  AND (s.[ModuleSlug] IS NULL OR s.[ModuleSlug] NOT IN (SELECT [value] FROM OPENJSON({closed})))
                ORDER BY found.[RANK] DESC
                """);
        }

        // LIKE patterns from words of letters and digits only: nothing in them is a wildcard. Up to ten words, each a parameter.
        var patterns = scope.Words.Select(word => $"%{word}%").Concat(Enumerable.Repeat("%", 10 - scope.Words.Count)).ToArray();
        return database.SqlQuery<SearchRow>($"""
            SELECT TOP ({MostHits}) t.[Number] AS [ThreadNumber], t.[Title] AS [ThreadTitle], p.[Sequence] AS [Sequence], p.[AuthorName] AS [AuthorName], p.[AuthorId] AS [AuthorId], t.[ContentLanguage] AS [ThreadLanguage],
                   p.[BodyMarkdown] AS [Snippet]
            FROM discussions.discussions_posts p
            JOIN discussions.discussions_threads t ON t.[Id] = p.[ThreadId]
            JOIN discussions.discussions_spaces s ON s.[Id] = t.[SpaceId]
            WHERE t.[CohortSlug] = {scope.CohortSlug} AND p.[DeletedAt] IS NULL AND (p.[HiddenAt] IS NULL OR {scope.Moderator} = CAST(1 AS bit))
              AND (s.[ModuleSlug] IS NULL OR s.[ModuleSlug] NOT IN (SELECT [value] FROM OPENJSON({closed})))
              AND p.[BodyMarkdown] LIKE {patterns[0]} AND p.[BodyMarkdown] LIKE {patterns[1]} AND p.[BodyMarkdown] LIKE {patterns[2]}
              AND p.[BodyMarkdown] LIKE {patterns[3]} AND p.[BodyMarkdown] LIKE {patterns[4]} AND p.[BodyMarkdown] LIKE {patterns[5]}
              AND p.[BodyMarkdown] LIKE {patterns[6]} AND p.[BodyMarkdown] LIKE {patterns[7]} AND p.[BodyMarkdown] LIKE {patterns[8]}
              AND p.[BodyMarkdown] LIKE {patterns[9]}
            ORDER BY (LEN(p.[BodyMarkdown]) - LEN(REPLACE(p.[BodyMarkdown], {scope.Words[0]}, N''))) / LEN({scope.Words[0]}) DESC, p.[CreatedAt] DESC
            """);
    }

    /// <summary>Whether this SQL Server has full-text search and the posts' index; asked once per process (it is the server's, not a request's).</summary>
    public static async Task<bool> HasFullTextIndexAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (fullTextIndex is { } known)
        {
            return known;
        }

        var active = await database.SqlQuery<int>($"""
            SELECT CAST(ISNULL(OBJECTPROPERTY(OBJECT_ID(N'discussions.discussions_posts'), 'TableHasActiveFulltextIndex'), 0) AS int) AS [Value]
            """).SingleAsync(cancellationToken);
        fullTextIndex = active > 0;
        return active > 0;
    }

    /// <summary>Cuts each post's body down to about thirty words around its first found word, with the words marked.</summary>
    public static List<SearchRow> CutSnippets(List<SearchRow> rows, IReadOnlyList<string> words)
    {
        foreach (var row in rows)
        {
            row.Snippet = Snippet(row.Snippet, words);
        }

        return rows;
    }

    internal static string Snippet(string body, IReadOnlyList<string> words)
    {
        var tokens = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        bool Matches(string token) => words.Any(word => token.Contains(word, StringComparison.OrdinalIgnoreCase));
        var first = Array.FindIndex(tokens, Matches);
        var from = Math.Max(0, Math.Min(first - SnippetWords / 3, tokens.Length - SnippetWords));
        var snippet = new StringBuilder(from > 0 ? "… " : string.Empty);
        foreach (var token in tokens.Skip(from).Take(SnippetWords))
        {
            snippet.Append(Matches(token) ? $"{Start}{token}{Stop} " : $"{token} ");
        }

        return (from + SnippetWords < tokens.Length ? snippet.Append('…') : snippet).ToString().TrimEnd();
    }
}
