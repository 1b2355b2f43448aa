using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>How far a <see cref="SiteCrawl"/> goes.</summary>
public sealed record SiteCrawlOptions
{
    /// <summary>At most this many addresses of one shape (<see cref="SiteCrawl.LookAlike"/>): five threads say what a thread page says.</summary>
    public int PagesPerLookAlike { get; init; } = 5;

    /// <summary>At most this many requests in all, start addresses included.</summary>
    public int MaxPages { get; init; } = 250;

    /// <summary>Requests in flight at once; the answers are handled in address order whatever the order they arrive in.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Addresses (path and query) the crawl must not follow besides those it never follows (<see cref="SiteCrawl.NeverFollows"/>).</summary>
    public Func<string, bool>? Skip { get; init; }
}

/// <summary>What a crawl reached: the HTML pages that answered 200, and every other answer, recorded but not followed.</summary>
public sealed record SiteCrawlResult(IReadOnlyList<Page> Pages, IReadOnlyList<Page> NotFollowed)
{
    public IEnumerable<string> Addresses => Pages.Select(page => page.Url);
}

/// <summary>
/// Follows same-origin <c>&lt;a href&gt;</c> links from start addresses with a signed-in (or anonymous) client, breadth
/// first and in address order, so the same site gives the same pages every time. It only reads: it never goes to an
/// address that signs out, downloads (a file's extension, a <c>download</c> attribute), unsubscribes, or a link that says <c>rel="nofollow"</c>,
/// not even as a start.
/// Redirects, errors and answers other than HTML are recorded, not followed further. Addresses are relative (path and query).
/// </summary>
public static partial class SiteCrawl
{
    public static async Task<SiteCrawlResult> CrawlAsync(AcademyClient client, IEnumerable<string> startAddresses, SiteCrawlOptions? options = null)
    {
        options ??= new SiteCrawlOptions();
        var origin = client.Http.BaseAddress ?? new Uri("http://localhost/");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = new List<Page>();
        var notFollowed = new List<Page>();
        var requests = 0;

        bool Admit(string address)
        {
            if (!seen.Add(address))
            {
                return false;
            }

            var shape = LookAlike(address);
            perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
            return perShape[shape] <= options.PagesPerLookAlike;
        }

        var level = startAddresses.Select(address => Normalize(new Uri(origin, address), origin)).OfType<string>()
            .Where(address => !NeverFollows(address) && options.Skip?.Invoke(address) != true)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(Admit).ToList();
        using var gate = new SemaphoreSlim(options.Parallelism);
        while (level.Count > 0 && requests < options.MaxPages)
        {
            level = level.Take(options.MaxPages - requests).ToList();
            requests += level.Count;
            var answers = await Task.WhenAll(level.Select(async address =>
            {
                await gate.WaitAsync();
                try
                {
                    return await client.GetAsync(address);
                }
                finally
                {
                    gate.Release();
                }
            }));

            var next = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var page in answers)
            {
                if (page.Status != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    notFollowed.Add(page);
                    continue;
                }

                pages.Add(page);
                foreach (var link in page.Document.QuerySelectorAll("a[href]"))
                {
                    if (Followable(link) && Uri.TryCreate(new Uri(origin, page.Url), link.GetAttribute("href"), out var target)
                        && Normalize(target, origin) is { } address && !NeverFollows(address) && options.Skip?.Invoke(address) != true)
                    {
                        next.Add(address);
                    }
                }
            }

            level = next.Where(Admit).ToList();
        }

        return new SiteCrawlResult(pages, notFollowed);
    }

    /// <summary>
    /// The shape of an address, for "at most N of a kind": a path segment that is a number, an id or a slug (it has a
    /// digit or a hyphen, or is long) becomes <c>{}</c>, and so does every query value. <c>/cohorts/mba-2026/discussions/12</c>
    /// and <c>/cohorts/mba-2026/discussions/7</c> look alike; <c>/cohorts/mba-2026/discussions/moderation</c> does not.
    /// </summary>
    public static string LookAlike(string address)
    {
        var (path, query) = address.Split('?', 2) is [var p, var q] ? (p, q) : (address, string.Empty);
        var segments = path.Split('/').Select(segment => VariableSegment().IsMatch(segment) || segment.Length > 24 ? "{}" : segment);
        var keys = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')[0] + "={}").Order(StringComparer.Ordinal);
        return string.Join('/', segments) + (query.Length > 0 ? "?" + string.Join('&', keys) : string.Empty);
    }

    /// <summary>
    /// Route patterns of the access matrix that no link leads to, so no crawl reaches them: a crawl that checks it reached
    /// every page a role may open leaves these out. Files to download (an address with an extension) are never followed either.
    /// </summary>
    public static readonly IReadOnlySet<string> UnlinkedRoutes = new HashSet<string>
    {
        "/health", "/health/live", "/health/ready", // for load balancers, not people
        "/notifications/unread-count", "/messages/unread-count", "/cohorts/{cohort}/members/names", "/cohorts/{cohort}/discussions/{thread:int}/events",
        "/messages/{id:guid}/events", // for script
        "/unsubscribe", // its token comes only in an e-mail
    };

    /// <summary>Links the crawl never follows, whoever crawls: signing out, files to download, unsubscribing.</summary>
    public static bool NeverFollows(string address)
    {
        var path = address.Split('?', 2)[0];
        return path.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
               || path.StartsWith("/unsubscribe", StringComparison.OrdinalIgnoreCase)
               || Path.HasExtension(path.Split('/')[^1]);
    }

    private static bool Followable(IElement link) =>
        !link.HasAttribute("download")
        && !(link.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("nofollow", StringComparer.OrdinalIgnoreCase);

    /// <summary>The path and query of a same-origin http(s) address, without its fragment; null for any other.</summary>
    private static string? Normalize(Uri target, Uri origin) =>
        target.Scheme is "http" or "https" && Uri.Compare(target, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? target.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped)
            : null;

    [GeneratedRegex(@"\d|-", RegexOptions.CultureInvariant)]
    private static partial Regex VariableSegment();
}
