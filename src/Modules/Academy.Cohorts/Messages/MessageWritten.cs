using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Messages.LiveConversation;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>A message was written and saved (in a conversation, a new one, or a message request). Published after the save.</summary>
/// <param name="Title">A group's title; null for a conversation of two.</param>
/// <param name="IsRequest">The first message of a message request: its receiver has not accepted it.</param>
public sealed record MessageWritten(Guid ConversationId, int Number, string AuthorId, string AuthorName, string? Title, bool IsRequest) : INotification
{
    internal static MessageWritten Of(Conversation conversation, PrivateMessage message) =>
        new(conversation.Id, message.Number, message.AuthorId!, message.AuthorName, conversation.Title, conversation.IsRequest);
}

/// <summary>Shows a new message on every open page of its conversation, on every instance.</summary>
internal sealed class ShowMessageLive(ConversationFeed feed) : INotificationHandler<MessageWritten>
{
    public Task Handle(MessageWritten notification, CancellationToken cancellationToken)
    {
        feed.Announce(notification.ConversationId, notification.Number);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Tells the other members of a new message, as the kind "a new private message": each who is active in the conversation,
/// has not muted it and has not blocked the author. A message request tells its receiver once, when it is made ("… would
/// like to talk with you"), unless it never reaches them (Unreached); nobody who ignored a request, or has yet to answer
/// one, hears of anything else in it. Whoever has the conversation open right now is told in the app and not by e-mail.
/// </summary>
internal sealed class NotifyOfMessage(ICohortsData data, ConversationReaders readers, IMediator mediator) : INotificationHandler<MessageWritten>
{
    public async Task Handle(MessageWritten notification, CancellationToken cancellationToken)
    {
        var others = await data.ConversationMembers.AsNoTracking()
            .Where(member => member.ConversationId == notification.ConversationId && member.UserId != notification.AuthorId)
            .Select(member => new
            {
                member.UserId,
                member.Standing,
                member.IsMuted,
                BlockedAuthor = data.PersonBlocks.Any(block => block.BlockerId == member.UserId && block.BlockedId == notification.AuthorId),
            })
            .ToListAsync(cancellationToken);
        var told = notification.IsRequest
            ? others.Where(member => member.Standing == MemberStanding.Asked && !member.BlockedAuthor)
            : others.Where(member => member.Standing == MemberStanding.Active && !member.IsMuted && !member.BlockedAuthor);
        var recipients = told.Select(member => member.UserId).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var name = notification.AuthorName;
        var text = notification switch
        {
            { IsRequest: true } => new Words(typeof(CohortsText), "{0} would like to talk with you", name),
            { Title: { } title } => new Words(typeof(CohortsText), "{0} wrote in “{1}”", name, title),
            _ => new Words(typeof(CohortsText), "{0} wrote to you", name),
        };
        var reading = await readers.ReadingNowAsync(notification.ConversationId, recipients, cancellationToken);
        await mediator.Publish(new MembersNotified(recipients, notification.AuthorId, name, text, ConversationPaths.Of(notification.ConversationId),
            NotificationKind.PrivateMessage, NotEmailed: reading), cancellationToken);
    }
}
