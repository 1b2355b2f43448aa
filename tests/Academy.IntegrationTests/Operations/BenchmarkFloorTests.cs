using System.Globalization;
using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Operations;

/// <summary>
/// The benchmark's floor (docs/performance.md) must be what TechEmpower's Fortunes rules say, or every page's share
/// of it means nothing; and it must exist only when the benchmark turns it on.
/// </summary>
public abstract class BenchmarkFloorTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task The_fortunes_floor_reads_twelve_rows_in_one_command_adds_one_sorts_them_and_encodes_them()
    {
        using var instances = AppInstances.Start(app.Provider, 1, new Dictionary<string, string?> { ["Benchmark:Enabled"] = "true" });
        var client = instances[0].CreateAcademyClient();

        var page = await client.GetAsync("/benchmark/fortunes");
        var again = await client.GetAsync("/benchmark/fortunes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var messages = page.Document.QuerySelectorAll("tr td:nth-child(2)").Select(cell => cell.TextContent).ToList();
        Assert.Equal(13, messages.Count);
        Assert.Contains("Additional fortune added at request time.", messages);
        Assert.Equal(messages.Order(StringComparer.Ordinal), messages);
        var html = await client.Http.GetStringAsync("/benchmark/fortunes");
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert(", html);
        Assert.Contains("フレームワークのベンチマーク", messages);
        Assert.Equal(1, again.DbCommands);

        var allocated = long.Parse(await client.Http.GetStringAsync("/benchmark/allocated"), CultureInfo.InvariantCulture);
        Assert.True(allocated > 0);
    }

    [Fact]
    public async Task Without_the_benchmark_neither_the_floor_nor_the_allocation_count_is_served()
    {
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/benchmark/fortunes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/benchmark/allocated")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBenchmarkFloorTests(SqliteApp app) : BenchmarkFloorTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBenchmarkFloorTests(PostgresApp app) : BenchmarkFloorTests<PostgresApp>(app);
