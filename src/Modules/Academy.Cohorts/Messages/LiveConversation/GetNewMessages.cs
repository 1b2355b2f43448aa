using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Academy.Cohorts.Messages.LiveConversation;

/// <summary>
/// For an open conversation page: the messages after number <see cref="After"/>, as the page's own markup
/// (<see cref="MessageItem"/>) written for its reader, in their language and on their clock. Never the messages of someone the
/// reader blocked, nor deleted ones. Only the conversation's members may ask (those who can open its page).
/// </summary>
public sealed record GetNewMessages(Guid ConversationId, int After) : IRequest<NewMessages>;

/// <param name="Through">The last message number looked at: what to ask after next time (hidden messages included).</param>
public sealed record NewMessages(int Through, IReadOnlyList<LiveMessage> Messages);

/// <param name="IsOwn">Written by the reader (in another tab, say): no need to announce it to them.</param>
/// <param name="Html">The message as a list item of the page's list of messages.</param>
public sealed record LiveMessage(int Number, string AuthorName, bool IsOwn, string Html);

internal sealed class GetNewMessagesHandler(ICohortsData data, ICurrentUser currentUser, IServiceProvider services, ILoggerFactory loggers)
    : IRequestHandler<GetNewMessages, NewMessages>
{
    public async Task<NewMessages> Handle(GetNewMessages request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var lastNumber = await (
                from mine in data.ConversationMembers
                where mine.ConversationId == request.ConversationId && mine.UserId == me
                    && (mine.Standing == MemberStanding.Active || mine.Standing == MemberStanding.Asked)
                join c in data.Conversations on mine.ConversationId equals c.Id
                select (int?)c.MessageCount)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"{me} is not in conversation {request.ConversationId}.");
        if (lastNumber <= request.After)
        {
            return new NewMessages(request.After, []);
        }

        // A page that was away longer than one page of messages gets the first page of what it missed, then the rest.
        var messages = await data.PrivateMessages.AsNoTracking()
            .Where(message => message.ConversationId == request.ConversationId && message.Number > request.After && message.DeletedAt == null
                && !data.PersonBlocks.Any(block => block.BlockerId == me && block.BlockedId == message.AuthorId))
            .OrderBy(message => message.Number)
            .Take(MessageRules.PageSize)
            .Select(message => new MessageView(message.Number, message.AuthorId, message.AuthorName, message.Html, message.SentAt, message.EditedAt, false))
            .ToListAsync(cancellationToken);
        var through = messages.Count == MessageRules.PageSize ? messages[^1].Number : Math.Max(lastNumber, messages.LastOrDefault()?.Number ?? 0);
        return new NewMessages(through, await RenderAsync(messages, me, request.ConversationId));
    }

    private async Task<IReadOnlyList<LiveMessage>> RenderAsync(IReadOnlyList<MessageView> messages, string me, Guid conversationId)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var rendered = new List<LiveMessage>(messages.Count);
            foreach (var message in messages)
            {
                var html = await renderer.RenderComponentAsync<MessageItem>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(MessageItem.Message)] = message,
                    [nameof(MessageItem.ViewerId)] = me,
                    [nameof(MessageItem.ConversationPath)] = ConversationPaths.Of(conversationId),
                }));
                rendered.Add(new LiveMessage(message.Number, message.AuthorName, message.AuthorId == me, html.ToHtmlString()));
            }

            return rendered;
        });
    }
}
