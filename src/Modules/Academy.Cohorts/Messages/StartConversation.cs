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

/// <summary>
/// Writes to one person or a group (up to <see cref="Conversation.MaximumMembers"/> with the writer): to one person, the
/// conversation the two already have; to someone the writer may not yet write to freely, a message request.
/// Returns the conversation's id.
/// </summary>
public sealed record StartConversation(IReadOnlyList<string> ToUserIds, string? Title, string Body) : IRequest<Guid>;

internal sealed class StartConversationValidator : AbstractValidator<StartConversation>
{
    public StartConversationValidator(IStringLocalizer<CohortsText> t)
    {
        RuleFor(request => request.ToUserIds)
            .Must(to => to.Count > 0).WithMessage(_ => t["Choose who to write to."])
            .Must(to => to.Distinct().Count() < Conversation.MaximumMembers)
            .WithMessage(_ => t["A conversation has at most {0} people, you included.", Conversation.MaximumMembers]);
        RuleFor(request => request.Title).MaximumLength(Conversation.MaximumTitleLength)
            .WithMessage(_ => t["Keep the title to {0} characters.", Conversation.MaximumTitleLength]);
        RuleFor(request => request.Body).ValidMessageBody(t);
    }
}

internal sealed class StartConversationHandler(
    ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, IStringLocalizer<CohortsText> t, IMediator mediator)
    : IRequestHandler<StartConversation, Guid>
{
    public async Task<Guid> Handle(StartConversation request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var to = request.ToUserIds.Distinct().ToList();
        if (to.Contains(me))
        {
            throw new RuleViolation(t["That is you: choose someone else."], nameof(StartConversation.ToUserIds));
        }

        var (writerName, people) = await Correspondents.LoadAsync(data, me, to, cancellationToken);
        if (people.FirstOrDefault(person => !person.SharesCohort) is { } stranger)
        {
            throw new NotFoundException($"{stranger.UserId} shares no cohort with {me}.");
        }

        if (people.FirstOrDefault(person => person.BlockedByWriter) is { } blocked)
        {
            throw new RuleViolation(t["You have blocked {0}. Unblock them in your conversation with them to write again.", blocked.Name], nameof(StartConversation.ToUserIds));
        }

        var now = clock.GetUtcNow();
        var html = markdown.RenderUserContent(request.Body).Html;
        var myName = writerName ?? currentUser.DisplayName ?? t["A member"];
        if (people is [var only])
        {
            if (await ConversationOfTwoAsync(me, only.UserId, cancellationToken) is { } existing)
            {
                return await WriteInAsync(existing, myName, request.Body, html, now, cancellationToken);
            }

            if (!only.WritesFreely)
            {
                return await RequestAsync(only, myName, request.Body, html, now, cancellationToken);
            }
        }
        else if (people.FirstOrDefault(person => !person.WritesFreely) is { } notYet)
        {
            throw new RuleViolation(
                t["A group can include only people you are connected with, and the instructors of your cohorts. Write to {0} on their own first.", notYet.Name],
                nameof(StartConversation.ToUserIds));
        }

        var conversation = new Conversation(people.Count > 1 ? request.Title : null, isRequest: false, now);
        conversation.Join(me, myName, MemberStanding.Active, now).ReadUpTo(1);
        foreach (var person in people)
        {
            // Someone who blocked the writer is never shown the conversation; the writer cannot tell.
            conversation.Join(person.UserId, person.Name, person.BlockedWriter ? MemberStanding.Unreached : MemberStanding.Active, now);
        }

        data.Conversations.Add(conversation);
        var message = conversation.Write(me, myName, request.Body.Trim(), html, now);
        data.PrivateMessages.Add(message);
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(MessageWritten.Of(conversation, message), cancellationToken);
        return conversation.Id;
    }

    /// <summary>The untitled conversation of just these two that is open (not a request).</summary>
    private Task<Conversation?> ConversationOfTwoAsync(string me, string other, CancellationToken cancellationToken) =>
        data.Conversations
            .Include(conversation => conversation.Members)
            .Where(conversation => !conversation.IsRequest
                && conversation.Title == null
                && conversation.Members.Count == 2
                && conversation.Members.Any(member => member.UserId == me && member.Standing == MemberStanding.Active)
                && conversation.Members.Any(member => member.UserId == other))
            .OrderByDescending(conversation => conversation.LastMessageAt)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Guid> WriteInAsync(Conversation conversation, string myName, string body, string html, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var message = conversation.Write(currentUser.UserId, myName, body.Trim(), html, now);
        conversation.Members.Single(member => member.UserId == currentUser.UserId).ReadUpTo(message.Number);
        data.PrivateMessages.Add(message);
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(MessageWritten.Of(conversation, message), cancellationToken);
        return conversation.Id;
    }

    /// <summary>
    /// The first message to someone the writer may not yet write to freely waits for their answer. Whether they ignore it,
    /// blocked the writer, or have not yet looked, the writer sees the same: a request waiting, and no second one for 30 days.
    /// </summary>
    private async Task<Guid> RequestAsync(Correspondent receiver, string myName, string body, string html, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var since = now - MessageRules.RequestWindow;
        var coolingOffSince = now - MessageRules.RequestCoolingOff;
        var requests = await (
                from mine in data.ConversationMembers
                where mine.UserId == me
                join c in data.Conversations on mine.ConversationId equals c.Id
                where c.IsRequest && c.CreatedAt >= coolingOffSince
                select new
                {
                    c.CreatedAt,
                    ByMe = mine.Standing == MemberStanding.Active, // a request's writer is active in it; its receiver is asked
                    mine.Standing,
                    WithReceiver = c.Members.Any(member => member.UserId == receiver.UserId),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (requests.Any(r => r.WithReceiver && r.Standing == MemberStanding.Asked))
        {
            throw new RuleViolation(t["{0} has already written to you: answer their message request in your messages.", receiver.Name], nameof(StartConversation.Body));
        }

        if (requests.Any(r => r.WithReceiver && r.ByMe))
        {
            throw RequestWaiting(receiver);
        }

        if (requests.Count(r => r.ByMe && r.CreatedAt >= since) >= MessageRules.RequestsPerWindow)
        {
            throw new RuleViolation(t["You have sent {0} message requests today. Wait for answers, or connect with people first.", MessageRules.RequestsPerWindow],
                nameof(StartConversation.Body));
        }

        var conversation = new Conversation(title: null, isRequest: true, now);
        conversation.Join(me, myName, MemberStanding.Active, now).ReadUpTo(1);
        conversation.Join(receiver.UserId, receiver.Name, receiver.BlockedWriter ? MemberStanding.Unreached : MemberStanding.Asked, now);
        data.Conversations.Add(conversation);
        var message = conversation.Write(me, myName, body.Trim(), html, now);
        data.PrivateMessages.Add(message);
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(MessageWritten.Of(conversation, message), cancellationToken);
        return conversation.Id;
    }

    private RuleViolation RequestWaiting(Correspondent receiver) => new(
        t["Your message request to {0} is waiting for their answer. You can write more once they accept it.", receiver.Name],
        nameof(StartConversation.Body));
}
