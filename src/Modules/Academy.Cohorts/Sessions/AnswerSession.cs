using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A learner of the cohort answers a session: going, maybe or not going; a later answer replaces the earlier one,
/// until the session ends. Nobody else answers (instructors run the session): for them it is not found.
/// </summary>
public sealed record AnswerSession(string CohortSlug, int Number, RsvpAnswer? Answer) : IRequest;

internal sealed class AnswerSessionValidator : AbstractValidator<AnswerSession>
{
    public AnswerSessionValidator(IStringLocalizer<CohortsText> t) =>
        RuleFor(request => request.Answer).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Choose going, maybe or not going."])
            .IsInEnum().WithMessage(_ => t["Choose going, maybe or not going."]);
}

internal sealed class AnswerSessionHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CohortsText> t) : IRequestHandler<AnswerSession, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerSession request, CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        if (!cohort.IsLearner)
        {
            throw new NotFoundException($"{currentUser.UserId} is not a learner of {request.CohortSlug} and has no answer to give.");
        }

        var userId = currentUser.UserId;
        var now = clock.GetUtcNow();
        var found = await data.LiveSessions
                        .Where(s => s.CohortId == cohort.Id && s.Number == request.Number)
                        .Select(s => new { s.Id, s.IsCancelled, s.EndsAt, Mine = s.Rsvps.FirstOrDefault(r => r.UserId == userId) })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException($"Session {request.Number} is not in {request.CohortSlug}.");
        if (found.IsCancelled)
        {
            throw new RuleViolation(t["This session was cancelled."]);
        }

        if (now >= found.EndsAt)
        {
            throw new RuleViolation(t["This session has ended."]);
        }

        if (found.Mine is { } mine)
        {
            mine.Change(request.Answer!.Value, now);
        }
        else
        {
            data.SessionRsvps.Add(new SessionRsvp(found.Id, userId, request.Answer!.Value, now));
        }

        try
        {
            await data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same answer sent twice at once: the other one was saved; say this one again over it.
            data.SessionRsvps.Entry(data.SessionRsvps.Local.First(r => r.SessionId == found.Id && r.UserId == userId)).State = EntityState.Detached;
            await data.SessionRsvps.Where(r => r.SessionId == found.Id && r.UserId == userId)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Answer, request.Answer!.Value).SetProperty(x => x.AnsweredAt, now), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
