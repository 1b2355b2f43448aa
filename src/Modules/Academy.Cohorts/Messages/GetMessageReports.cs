using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// For admins: the reports of private messages waiting for them, oldest first, <see cref="PageSize"/> at a time, each page
/// after the last one's report (<see cref="AfterId"/>, keyed by when it was made, then by id). Only the report, its reason
/// and the message's author: the message itself is on the report's own page.
/// </summary>
[RequiresRole(Roles.Admin)]
public sealed record GetMessageReports(Guid? AfterId = null) : IRequest<MessageReportsView>
{
    public const int PageSize = 50;
}

/// <param name="NextAfterId">Where the next page starts; null on the last page.</param>
public sealed record MessageReportsView(IReadOnlyList<MessageReportLine> Reports, Guid? NextAfterId);

/// <param name="ReporterName">Null once the reporter's account is deleted.</param>
/// <param name="AuthorName">Null once the author's account is deleted.</param>
public sealed record MessageReportLine(Guid Id, DateTimeOffset ReportedAt, string? ReporterName, string? AuthorName, string Reason)
{
    public string Path => $"/admin/message-reports/{Id}";
}

internal sealed class GetMessageReportsHandler(ICohortsData data) : IRequestHandler<GetMessageReports, MessageReportsView>
{
    public async Task<MessageReportsView> Handle(GetMessageReports request, CancellationToken cancellationToken)
    {
        var open = data.MessageReports.Where(report => report.Outcome == ReportOutcome.Open);
        if (request.AfterId is { } afterId
            && await data.MessageReports.Where(report => report.Id == afterId).Select(report => (DateTimeOffset?)report.ReportedAt).SingleOrDefaultAsync(cancellationToken) is { } at)
        {
            // The cursor report may have been resolved since: its time still marks the place.
            open = open.Where(report => report.ReportedAt > at || (report.ReportedAt == at && report.Id.CompareTo(afterId) > 0));
        }

        var page = await (
                from report in open
                join message in data.PrivateMessages on report.MessageId equals message.Id
                orderby report.ReportedAt, report.Id
                select new MessageReportLine(report.Id, report.ReportedAt, report.ReporterId == null ? null : report.ReporterName,
                    message.AuthorId == null ? null : message.AuthorName, report.Reason))
            .AsNoTracking()
            .Take(GetMessageReports.PageSize + 1)
            .ToListAsync(cancellationToken);
        var lines = page.Take(GetMessageReports.PageSize).ToList();
        return new MessageReportsView(lines, page.Count > GetMessageReports.PageSize ? lines[^1].Id : null);
    }
}
