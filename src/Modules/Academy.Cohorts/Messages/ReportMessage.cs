using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Messages;

/// <summary>
/// A member asks the admins to look at someone else's message, saying why. The admins then see that message and the two on
/// either side of it, and nothing else of the conversation; its author is not told who reported it.
/// </summary>
public sealed record ReportMessage(Guid ConversationId, int Number, string Reason) : IRequest;

internal sealed class ReportMessageValidator : AbstractValidator<ReportMessage>
{
    public ReportMessageValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Reason)
        .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage(_ => t["Tell the admins what is wrong with this message."])
        .MaximumLength(MessageReport.MaximumReasonLength).WithMessage(_ => t["Keep the reason to {0} characters.", MessageReport.MaximumReasonLength]);
}

internal sealed class ReportMessageHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<ReportMessage, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ReportMessage request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var message = await ReportableMessages.FindAsync(data, me, request.ConversationId, request.Number, cancellationToken)
            ?? throw new NotFoundException($"Message {request.Number} of conversation {request.ConversationId} is not one {me} can report.");
        if (message.AlreadyReported)
        {
            throw new RuleViolation(t["You have already reported this message. An admin will look at it."], nameof(ReportMessage.Reason));
        }

        data.MessageReports.Add(new MessageReport(message.MessageId, me, message.ReporterName, request.Reason.Trim(), clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
