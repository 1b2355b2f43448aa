using Academy.IntegrationTests.Security;
using Caller = Academy.IntegrationTests.Security.EndpointAccessMatrixTests<Academy.IntegrationTests.Security.SqliteMatrixApp>.Caller;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// What the crawls of the living demo share (the pseudo-localization crawl, the accessibility crawl): who crawls, where
/// they start, and which pages the access matrix lets them open that the crawl must reach, so it cannot silently shrink.
/// </summary>
public static class DemoCrawl
{
    public const string Cohort = "mba-2026";
    public const string Course = "social-media-for-leaders";

    /// <summary>Search results: a form's answer, which no link leads to.</summary>
    private const string Search = $"/cohorts/{Cohort}/discussions/search?q=listening";

    /// <summary>The visitor and the demo's learner1, instructor and admin, with the homes their crawl starts from too.</summary>
    public static TheoryData<Caller, string?, string[]> Callers => new()
    {
        { Caller.Anonymous, null, [] },
        { Caller.LearnerOfA, "learner1@academy.test", [$"/cohorts/{Cohort}", $"/courses/{Course}", Search] },
        { Caller.InstructorOfA, "instructor@academy.test", ["/teach", $"/teach/cohorts/{Cohort}", $"/teach/courses/{Course}", $"/cohorts/{Cohort}", Search] },
        { Caller.Admin, "admin@academy.test", ["/admin", "/teach", $"/teach/cohorts/{Cohort}", $"/teach/courses/{Course}", $"/cohorts/{Cohort}", Search] },
    };

    /// <summary>The access matrix's fixed GET addresses (no placeholders, nothing a crawl never follows), the home page and <paramref name="homes"/>.</summary>
    public static IEnumerable<string> Starts(IEnumerable<string> homes) => EndpointAccessMatrixTests<SqliteMatrixApp>.Rows
        .Where(row => row.Method == "GET" && !row.Address.Contains('{', StringComparison.Ordinal) && !SiteCrawl.NeverFollows(row.Address))
        .Select(row => row.Address)
        .Append("/").Concat(homes);

    /// <summary>The route patterns the matrix lets <paramref name="caller"/> open (pages, not files or script addresses) that are not in <paramref name="reached"/>.</summary>
    public static IReadOnlyList<string> Missed(Caller caller, IReadOnlySet<string> reached) => EndpointAccessMatrixTests<SqliteMatrixApp>.Rows
        .Where(row => row.Method == "GET" && row.Expected.Split(' ')[(int)caller] == "O")
        .Select(row => row.Pattern)
        .Where(pattern => !SiteCrawl.UnlinkedRoutes.Contains(pattern) && !Path.HasExtension(pattern.Split('/')[^1]) && !reached.Contains(pattern))
        .Distinct()
        .ToList();
}
