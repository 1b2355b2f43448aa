using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Messages;

/// <summary>
/// An admin resolves a report: dismisses it (the message stays), or removes the message (its text is gone, and members see
/// "removed by an admin"). Every open report of the same message is resolved with it. A report already resolved stays as it is.
/// </summary>
[RequiresRole(Roles.Admin)]
public sealed record ResolveMessageReport(Guid ReportId, bool RemoveMessage) : IRequest;

internal sealed class ResolveMessageReportHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<ResolveMessageReport, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ResolveMessageReport request, CancellationToken cancellationToken)
    {
        var report = await data.MessageReports.SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken)
            ?? throw new NotFoundException($"No message report {request.ReportId}.");
        if (report.Outcome != ReportOutcome.Open)
        {
            return MediatR.Unit.Value; // a second click, or another admin was quicker
        }

        var now = clock.GetUtcNow();
        if (request.RemoveMessage)
        {
            var message = await data.PrivateMessages.SingleAsync(m => m.Id == report.MessageId, cancellationToken);
            if (!message.IsDeleted)
            {
                message.RemoveByAdmin(now);
            }
        }

        var outcome = request.RemoveMessage ? ReportOutcome.MessageRemoved : ReportOutcome.Dismissed;
        var adminName = currentUser.DisplayName ?? t["An admin"];
        var open = await data.MessageReports.Where(r => r.MessageId == report.MessageId && r.Outcome == ReportOutcome.Open).ToListAsync(cancellationToken);
        open.ForEach(r => r.Resolve(outcome, currentUser.UserId, adminName, now));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
