using Academy.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Diagnostics.Benchmark;

/// <summary>
/// What the load benchmark (bench/run.sh, docs/performance.md) needs inside the app, mapped only when
/// <c>Benchmark:Enabled</c> is true, never in a normal run: the Fortunes floor (a Blazor SSR page that reads twelve
/// rows through EF Core, adds one, sorts them and renders them encoded, through the same middleware as every page),
/// and the runtime's count of bytes allocated, read before and after a measured run to give bytes per request.
/// </summary>
internal static class BenchmarkEndpoints
{
    public const string FortunesPath = "/benchmark/fortunes";
    public const string AllocatedPath = "/benchmark/allocated";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>("Benchmark:Enabled");

    public static IServiceCollection AddBenchmarkFloor(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var (provider, connectionString) = DatabaseServiceCollectionExtensions.ProviderAndConnection(configuration, environment);
        services.AddDbContextPool<FortunesDbContext>((provided, options) => options
            .UseAcademyProvider(provider, connectionString)
            .AddInterceptors(provided.GetRequiredService<DbCommandCounter>()));
        return services;
    }

    public static async Task MapBenchmarkEndpointsAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FortunesDbContext>().EnsureSeededAsync(CancellationToken.None);
        }

        app.MapGet(FortunesPath, async (FortunesDbContext context, CancellationToken cancellationToken) =>
        {
            // An ordinary LINQ query, as the pages write theirs (EF caches its plan), so the floor measures the same path.
            var fortunes = await context.Fortunes.AsNoTracking().ToListAsync(cancellationToken);
            fortunes.Add(new Fortune { Id = 0, Message = "Additional fortune added at request time." });
            fortunes.Sort((first, second) => string.CompareOrdinal(first.Message, second.Message));
            return new RazorComponentResult<FortunesPage>(new { Fortunes = fortunes });
        });
        app.MapGet(AllocatedPath, () => TypedResults.Text(GC.GetTotalAllocatedBytes(precise: false).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
