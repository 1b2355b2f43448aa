using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Diagnostics.Benchmark;

/// <summary>A row of the TechEmpower Fortunes table.</summary>
public sealed class Fortune
{
    public int Id { get; set; }

    public string Message { get; set; } = string.Empty;
}

/// <summary>
/// The Fortunes floor's own small context on the app's database and provider. It exists only while the benchmark
/// runs (<c>Benchmark:Enabled</c>), so the product's model and migrations know nothing of it.
/// </summary>
internal sealed class FortunesDbContext(DbContextOptions<FortunesDbContext> options) : DbContext(options)
{
    public const string Table = "benchmark_fortunes";

    public DbSet<Fortune> Fortunes => Set<Fortune>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var fortune = modelBuilder.Entity<Fortune>();
        fortune.ToTable(Table);
        fortune.Property(row => row.Id).HasColumnName("id").ValueGeneratedNever();
        fortune.Property(row => row.Message).HasColumnName("message").HasMaxLength(2048);
    }

    /// <summary>The table and the twelve fortunes of the TechEmpower rules, made once (SQLite and PostgreSQL both read this SQL).</summary>
    public async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlRawAsync($"CREATE TABLE IF NOT EXISTS {Table} (id integer PRIMARY KEY, message varchar(2048) NOT NULL)", cancellationToken);
        if (await Fortunes.AnyAsync(cancellationToken))
        {
            return;
        }

        string[] messages =
        [
            "fortune: No such file or directory",
            "A computer scientist is someone who fixes things that aren't broken.",
            "After enough decimal places, nobody gives a damn.",
            "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
            "A computer program does what you tell it to do, not what you want it to do.",
            "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
            "Any program that runs right is obsolete.",
            "A list is only as strong as its weakest link. — Donald Knuth",
            "Feature: A bug with seniority.",
            "Computers make very fast, very accurate mistakes.",
            "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
            "フレームワークのベンチマーク",
        ];
        Fortunes.AddRange(messages.Select((message, index) => new Fortune { Id = index + 1, Message = message }));
        await SaveChangesAsync(cancellationToken);
    }
}
