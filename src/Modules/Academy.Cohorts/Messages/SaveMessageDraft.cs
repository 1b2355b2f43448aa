using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Messages;

/// <summary>
/// Saves what the member is writing in a conversation they are active in (the composer's autosave); an empty text removes
/// the draft. Sending the message discards it. Returns when it was saved.
/// </summary>
public sealed record SaveMessageDraft(Guid ConversationId, string Body) : IRequest<DateTimeOffset>;

internal sealed class SaveMessageDraftValidator : AbstractValidator<SaveMessageDraft>
{
    public SaveMessageDraftValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Body).MaximumLength(MessageRules.MaximumBodyLength)
        .WithMessage(_ => t["A message can have at most {0:N0} characters. Split a long text into several messages.", MessageRules.MaximumBodyLength]);
}

internal sealed class SaveMessageDraftHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<SaveMessageDraft, DateTimeOffset>
{
    public async Task<DateTimeOffset> Handle(SaveMessageDraft request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var now = clock.GetUtcNow();
        var draft = string.IsNullOrWhiteSpace(request.Body) ? null : request.Body;
        DateTimeOffset? savedAt = draft is null ? null : now;
        var saved = await data.ConversationMembers
            .Where(mine => mine.ConversationId == request.ConversationId && mine.UserId == me && mine.Standing == MemberStanding.Active)
            .ExecuteUpdateAsync(set => set.SetProperty(mine => mine.Draft, draft).SetProperty(mine => mine.DraftSavedAt, savedAt), cancellationToken);
        return saved == 0 ? throw new NotFoundException($"{me} is not active in conversation {request.ConversationId}.") : now;
    }
}
