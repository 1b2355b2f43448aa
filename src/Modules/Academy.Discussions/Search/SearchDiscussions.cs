using System.Net;
using System.Text.RegularExpressions;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Resources;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Search;

/// <summary>Full-text search of a cohort's posts (SQLite FTS5, PostgreSQL and SQL Server full-text), best matches first, with the words highlighted.</summary>
public sealed record SearchDiscussions(string CohortSlug, string Query) : IRequest<IReadOnlyList<SearchHit>>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
/// <param name="SnippetLanguage">The course's language when the post found is the course's own (a discussion prompt); null for people's posts.</param>
public sealed record SearchHit(int ThreadNumber, string ThreadTitle, int Sequence, string AuthorName, string SnippetHtml,
    string? ThreadLanguage = null, string? SnippetLanguage = null);

internal sealed class SearchDiscussionsValidator : AbstractValidator<SearchDiscussions>
{
    public SearchDiscussionsValidator(IStringLocalizer<DiscussionsText> t) => RuleFor(request => request.Query)
        .Must(query => SearchTerms.Words(query).Count > 0).WithMessage(_ => t["Type a word or two to search for."])
        .MaximumLength(200).WithMessage(_ => t["Keep the search to {0} characters.", 200]);
}

internal sealed class SearchDiscussionsHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<SearchDiscussions, IReadOnlyList<SearchHit>>
{
    private const int MostHits = 50;

    public async Task<IReadOnlyList<SearchHit>> Handle(SearchDiscussions request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var words = SearchTerms.Words(request.Query);
        var moderator = participant.IsModerator;
        var closed = participant.ClosedModules.ToArray(); // nothing of a module's space is found before it opens
        var scope = new SearchScope(participant.CohortSlug, moderator, closed, words);
        var rows = data.Database.ProviderName switch
        {
            SearchSql.PostgresProvider => await SearchSql.Postgres(data.Database, scope).ToListAsync(cancellationToken),
            SearchSql.SqlServerProvider => SearchSql.CutSnippets(
                await SearchSql.SqlServer(data.Database, scope, await SearchSql.HasFullTextIndexAsync(data.Database, cancellationToken)).ToListAsync(cancellationToken),
                words),
            _ => await SearchSql.Sqlite(data.Database, scope).ToListAsync(cancellationToken),
        };

        return rows.Select(row => new SearchHit(row.ThreadNumber, row.ThreadTitle, row.Sequence, row.AuthorName,
                WebUtility.HtmlEncode(row.Snippet).Replace(SearchSql.Start, "<mark>", StringComparison.Ordinal).Replace(SearchSql.Stop, "</mark>", StringComparison.Ordinal),
                row.ThreadLanguage, row.AuthorId.Length == 0 ? row.ThreadLanguage : null))
            .ToList();
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

    /// <summary>The same for SQL Server's CONTAINSTABLE.</summary>
    public static string ForContains(IReadOnlyList<string> words) =>
        string.Join(" AND ", words.Select((word, index) => index == words.Count - 1 ? $"\"{word}*\"" : $"\"{word}\""));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
