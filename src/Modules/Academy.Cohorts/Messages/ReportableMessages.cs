using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <param name="ReporterName">The reporter's name as this conversation knows them.</param>
/// <param name="AlreadyReported">The reporter has a report of this message still waiting for an admin.</param>
internal sealed record ReportableMessage(Guid MessageId, string? AuthorId, string AuthorName, string Html, DateTimeOffset SentAt, string ReporterName, bool AlreadyReported);

internal static class ReportableMessages
{
    /// <summary>
    /// A message the reporter may report: someone else's (a former member's too), not deleted, in a conversation the reporter
    /// reads or was asked into (a message request can be reported before it is answered). Anything else is not found.
    /// </summary>
    public static Task<ReportableMessage?> FindAsync(ICohortsData data, string reporterId, Guid conversationId, int number, CancellationToken cancellationToken) => (
            from message in data.PrivateMessages
            where message.ConversationId == conversationId && message.Number == number && message.DeletedAt == null
                && (message.AuthorId == null || message.AuthorId != reporterId)
            join reporter in data.ConversationMembers on message.ConversationId equals reporter.ConversationId
            where reporter.UserId == reporterId && (reporter.Standing == MemberStanding.Active || reporter.Standing == MemberStanding.Asked)
            select new ReportableMessage(message.Id, message.AuthorId, message.AuthorName, message.Html, message.SentAt, reporter.DisplayName,
                data.MessageReports.Any(report => report.MessageId == message.Id && report.ReporterId == reporterId && report.Outcome == ReportOutcome.Open)))
        .AsNoTracking()
        .SingleOrDefaultAsync(cancellationToken);
}
