using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Messages;

/// <summary>Its author changes a message within <see cref="MessageRules.EditWindow"/> of writing it.</summary>
public sealed record EditMessage(Guid ConversationId, int Number, string Body) : IRequest;

internal sealed class EditMessageValidator : AbstractValidator<EditMessage>
{
    public EditMessageValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Body).ValidMessageBody(t);
}

internal sealed class EditMessageHandler(
    ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<EditMessage, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditMessage request, CancellationToken cancellationToken)
    {
        var message = await OwnMessages.FindAsync(data, currentUser.UserId, request.ConversationId, request.Number, cancellationToken);
        var now = clock.GetUtcNow();
        if (now - message.SentAt > MessageRules.EditWindow)
        {
            throw new RuleViolation(t["A message can be changed for {0} minutes after it is sent. Write a new message instead; your text is kept below.",
                (int)MessageRules.EditWindow.TotalMinutes], nameof(EditMessage.Body));
        }

        message.Edit(request.Body.Trim(), markdown.RenderUserContent(request.Body).Html, now);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
