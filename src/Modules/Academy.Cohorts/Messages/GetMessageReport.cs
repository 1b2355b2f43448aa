using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// For admins: one report, with the reported message and the <see cref="Around"/> messages before and after it, and nothing
/// else of the conversation (not its title, not its other messages, no way to page further). Every open report of the same
/// message is listed with it, as resolving one resolves them all.
/// </summary>
[RequiresRole(Roles.Admin)]
public sealed record GetMessageReport(Guid ReportId) : IRequest<MessageReportView>
{
    public const int Around = 2;
}

/// <param name="Reasons">This report and the other open ones of the same message.</param>
/// <param name="Messages">The reported message (<see cref="Number"/>) and up to <see cref="GetMessageReport.Around"/> on either side, in order.</param>
/// <param name="ResolvedByName">Null while open, or once the admin's account is deleted.</param>
public sealed record MessageReportView(
    Guid Id, int Number, IReadOnlyList<ReportReason> Reasons, IReadOnlyList<MessageView> Messages, bool IsOpen, bool MessageRemoved,
    DateTimeOffset? ResolvedAt, string? ResolvedByName)
{
    public string Path => $"/admin/message-reports/{Id}";
}

/// <param name="ReporterName">Null once the reporter's account is deleted.</param>
public sealed record ReportReason(string? ReporterName, string Reason, DateTimeOffset ReportedAt);

internal sealed class GetMessageReportHandler(ICohortsData data) : IRequestHandler<GetMessageReport, MessageReportView>
{
    public async Task<MessageReportView> Handle(GetMessageReport request, CancellationToken cancellationToken)
    {
        var report = await (
                from r in data.MessageReports
                where r.Id == request.ReportId
                join message in data.PrivateMessages on r.MessageId equals message.Id
                select new { r.MessageId, message.ConversationId, message.Number, r.Outcome, r.ResolvedAt, r.ResolvedById, r.ResolvedByName })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No message report {request.ReportId}.");
        var reasons = await data.MessageReports
            .Where(other => other.Id == request.ReportId || (other.MessageId == report.MessageId && other.Outcome == ReportOutcome.Open))
            .OrderBy(other => other.ReportedAt)
            .Select(other => new ReportReason(other.ReporterId == null ? null : other.ReporterName, other.Reason, other.ReportedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var (first, last) = (report.Number - GetMessageReport.Around, report.Number + GetMessageReport.Around);
        var messages = await data.PrivateMessages
            .Where(message => message.ConversationId == report.ConversationId && message.Number >= first && message.Number <= last)
            .OrderBy(message => message.Number)
            .Select(message => new MessageView(message.Number, message.AuthorId, message.AuthorName, message.Html, message.SentAt, message.EditedAt,
                message.DeletedAt != null, message.RemovedByAdmin))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new MessageReportView(request.ReportId, report.Number, reasons, messages, report.Outcome == ReportOutcome.Open,
            report.Outcome == ReportOutcome.MessageRemoved, report.ResolvedAt, report.ResolvedById == null ? null : report.ResolvedByName);
    }
}
