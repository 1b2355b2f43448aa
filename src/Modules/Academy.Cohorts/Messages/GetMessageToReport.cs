using Academy.Cohorts.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Cohorts.Messages;

/// <summary>The message a member is about to report, as they see it; not found for their own, a deleted one, or outside their conversations.</summary>
public sealed record GetMessageToReport(Guid ConversationId, int Number) : IRequest<MessageToReport>;

/// <param name="AuthorId">Null once the author's account is deleted ("Former member").</param>
/// <param name="AlreadyReported">The viewer's report of it is waiting for an admin.</param>
public sealed record MessageToReport(string? AuthorId, string AuthorName, string Html, DateTimeOffset SentAt, bool AlreadyReported);

internal sealed class GetMessageToReportHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetMessageToReport, MessageToReport>
{
    public async Task<MessageToReport> Handle(GetMessageToReport request, CancellationToken cancellationToken)
    {
        var message = await ReportableMessages.FindAsync(data, currentUser.UserId, request.ConversationId, request.Number, cancellationToken)
            ?? throw new NotFoundException($"Message {request.Number} of conversation {request.ConversationId} is not one {currentUser.UserId} can report.");
        return new MessageToReport(message.AuthorId, message.AuthorName, message.Html, message.SentAt, message.AlreadyReported);
    }
}
