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

/// <summary>Writes in a conversation the writer is in, and discards their draft there; returns the message's number.</summary>
public sealed record SendMessage(Guid ConversationId, string Body) : IRequest<int>;

internal sealed class SendMessageValidator : AbstractValidator<SendMessage>
{
    public SendMessageValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Body).ValidMessageBody(t);
}

internal sealed class SendMessageHandler(
    ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, IStringLocalizer<CohortsText> t, IMediator mediator)
    : IRequestHandler<SendMessage, int>
{
    // Messages racing for the next number in one conversation: each lost race costs a reload.
    private const int MostAttempts = 8;

    public async Task<int> Handle(SendMessage request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var html = markdown.RenderUserContent(request.Body).Html;
        for (var attempt = 1; ; attempt++)
        {
            var conversation = await data.Conversations.Include(c => c.Members)
                .Where(c => c.Id == request.ConversationId && c.Members.Any(member => member.UserId == me && member.Standing == MemberStanding.Active))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"{me} is not in conversation {request.ConversationId}.");
            var mine = conversation.Members.Single(member => member.UserId == me);
            if (conversation.Members.Count == 1)
            {
                throw new RuleViolation(t["Everyone else has left this conversation: nobody would read your message."], nameof(SendMessage.Body));
            }

            if (conversation.IsRequest)
            {
                var receiver = conversation.Members.First(member => member.UserId != me);
                throw new RuleViolation(t["Your message request to {0} is waiting for their answer. You can write more once they accept it.", receiver.DisplayName],
                    nameof(SendMessage.Body));
            }

            var message = conversation.Write(me, mine.DisplayName, request.Body.Trim(), html, clock.GetUtcNow());
            mine.ReadUpTo(message.Number);
            mine.DiscardDraft();
            data.PrivateMessages.Add(message);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MostAttempts)
            {
                // Another message took this number a moment ago: reload the conversation and take the next.
                data.Conversations.Entry(conversation).State = EntityState.Detached;
                data.PrivateMessages.Entry(message).State = EntityState.Detached;
                foreach (var member in conversation.Members)
                {
                    data.ConversationMembers.Entry(member).State = EntityState.Detached;
                }

                continue;
            }

            await mediator.Publish(MessageWritten.Of(conversation, message), cancellationToken);
            return message.Number;
        }
    }
}
