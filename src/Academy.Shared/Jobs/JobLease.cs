using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Shared.Jobs;

/// <summary>One row per background job: which instance may run it, and until when (<see cref="JobLeases"/>).</summary>
internal sealed class JobLease
{
    public const int MaximumNameLength = 100;
    public const int MaximumHolderLength = 200;

    public required string Name { get; init; }

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>The host's context applies this from the shared plumbing's assembly: on the server databases the table lives in the <c>shared</c> schema.</summary>
internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("shared_job_leases");
        builder.HasKey(lease => lease.Name);
        builder.Property(lease => lease.Name).HasMaxLength(JobLease.MaximumNameLength);
        builder.Property(lease => lease.Holder).HasMaxLength(JobLease.MaximumHolderLength);
    }
}
