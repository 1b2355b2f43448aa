using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Cohorts.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Messages;

/// <summary>Limits of private messages.</summary>
internal static class MessageRules
{
    public const int MaximumBodyLength = 10_000;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    /// <summary>After a message request, the sender waits this long before asking the same person again, whatever the answer.</summary>
    public static readonly TimeSpan RequestCoolingOff = TimeSpan.FromDays(30);

    /// <summary>Message requests one member may send in <see cref="RequestWindow"/>: enough to reach out, too few to spam a cohort.</summary>
    public const int RequestsPerWindow = 5;

    public static readonly TimeSpan RequestWindow = TimeSpan.FromDays(1);
    public const int PageSize = 50;

    public static IRuleBuilderOptions<T, string> ValidMessageBody<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<CohortsText> t) => rule
        .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage(_ => t["Write a message first."])
        .MaximumLength(MaximumBodyLength).WithMessage(_ => t["A message can have at most {0:N0} characters. Split a long text into several messages.", MaximumBodyLength]);
}

/// <summary>
/// Someone the writer wants to write to, as the course teaches: connected members write freely; instructors and the
/// members of the cohorts they teach write to each other freely; anyone else in a shared cohort gets a message request
/// first. Nobody outside the writer's cohorts can be written to at all.
/// </summary>
/// <param name="BlockedWriter">They blocked the writer: what the writer sends never reaches them, and the writer is never told.</param>
/// <param name="BlockedByWriter">The writer blocked them: the writer is told, and may unblock.</param>
internal sealed record Correspondent(string UserId, string Name, bool SharesCohort, bool WritesFreely, bool BlockedWriter, bool BlockedByWriter);

internal static class Correspondents
{
    /// <summary>
    /// What stands between the writer and each of these people, in three queries whatever their number, and the writer's
    /// own name as their cohorts know it (null if they are in none).
    /// </summary>
    public static async Task<(string? WriterName, IReadOnlyList<Correspondent> People)> LoadAsync(ICohortsData data, string writerId, IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken)
    {
        var memberships = await data.CohortMembers.AsNoTracking()
            .Where(member => member.UserId == writerId || userIds.Contains(member.UserId))
            .Select(member => new { member.CohortId, member.UserId, member.DisplayName, member.Role })
            .ToListAsync(cancellationToken);
        var connected = await data.Connections.AsNoTracking()
            .Where(c => (c.FirstUserId == writerId && userIds.Contains(c.SecondUserId)) || (c.SecondUserId == writerId && userIds.Contains(c.FirstUserId)))
            .Select(c => c.FirstUserId == writerId ? c.SecondUserId : c.FirstUserId)
            .ToListAsync(cancellationToken);
        var blocks = await data.PersonBlocks.AsNoTracking()
            .Where(b => (b.BlockerId == writerId && userIds.Contains(b.BlockedId)) || (b.BlockedId == writerId && userIds.Contains(b.BlockerId)))
            .Select(b => new { b.BlockerId, b.BlockedId })
            .ToListAsync(cancellationToken);

        var writersCohorts = memberships.Where(m => m.UserId == writerId).ToDictionary(m => m.CohortId, m => m.Role);
        var writerName = memberships.Where(m => m.UserId == writerId).Select(m => m.DisplayName).FirstOrDefault();
        return (writerName, userIds.Distinct().Select(userId =>
        {
            var theirs = memberships.Where(m => m.UserId == userId && writersCohorts.ContainsKey(m.CohortId)).ToList();
            var teaching = theirs.Any(m => m.Role == CohortRole.Instructor || writersCohorts[m.CohortId] == CohortRole.Instructor);
            var name = theirs.Select(m => m.DisplayName).FirstOrDefault() ?? string.Empty;
            return new Correspondent(userId, name, theirs.Count > 0, connected.Contains(userId) || teaching,
                blocks.Any(b => b.BlockerId == userId), blocks.Any(b => b.BlockedId == userId));
        }).ToList());
    }
}
