using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Composer;

/// <summary>Saves what the member is writing in a place; an empty text removes the draft. Returns when it was saved.</summary>
public sealed record SaveDraft(string CohortSlug, string Place, string Title, string Body) : IRequest<DateTimeOffset>;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraft>
{
    public SaveDraftValidator(IStringLocalizer<DiscussionsText> t)
    {
        RuleFor(request => request.Place).Matches("^(thread:[0-9]{1,9}|new:[a-z0-9-]{1,100})$").WithMessage(_ => t["Unknown place for a draft."]);
        RuleFor(request => request.Title).ValidTitle(t);
        RuleFor(request => request.Body).MaximumLength(PostRules.MaximumBodyLength)
            .WithMessage(_ => t["Posts can have at most {0:N0} characters. Split a long text into several posts.", PostRules.MaximumBodyLength]);
    }
}

internal sealed class SaveDraftHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<SaveDraft, DateTimeOffset>
{
    public async Task<DateTimeOffset> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        var now = clock.GetUtcNow();
        var draft = await data.Drafts.SingleOrDefaultAsync(d => d.UserId == userId && d.CohortSlug == participant.CohortSlug && d.Place == request.Place, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.Body) && string.IsNullOrWhiteSpace(request.Title))
        {
            if (draft is not null)
            {
                data.Drafts.Remove(draft);
            }
        }
        else
        {
            if (draft is null)
            {
                draft = new Draft(userId, participant.CohortSlug, request.Place);
                data.Drafts.Add(draft);
            }

            draft.Update(request.Title ?? string.Empty, request.Body, now);
        }

        await data.SaveChangesAsync(cancellationToken);
        return now;
    }
}
