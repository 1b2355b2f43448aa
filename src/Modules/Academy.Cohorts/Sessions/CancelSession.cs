using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort's instructor (or an admin) cancels a session that has not ended. It stays listed as cancelled, and
/// calendars mark it so (STATUS:CANCELLED with a higher SEQUENCE). Cancelling twice changes nothing.
/// </summary>
public sealed record CancelSession(string CohortSlug, int Number, bool Confirmed) : IRequest;

internal sealed class CancelSessionValidator : AbstractValidator<CancelSession>
{
    public CancelSessionValidator(IStringLocalizer<CohortsText> t) =>
        RuleFor(request => request.Confirmed).Equal(true).WithMessage(_ => t["Tick the box to confirm that the session is cancelled."]);
}

internal sealed class CancelSessionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, SessionSchedules schedules, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<CancelSession, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CancelSession request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var session = await data.SessionAsync(cohort, request.Number, cancellationToken);
        var now = clock.GetUtcNow();
        if (session.IsCancelled)
        {
            return MediatR.Unit.Value;
        }

        if (session.HasEnded(now))
        {
            throw new RuleViolation(t["This session has ended, so it can no longer be cancelled."]);
        }

        session.Cancel(now);
        await data.SaveChangesAsync(cancellationToken);
        schedules.Forget(cohort.Slug);
        await mediator.Publish(new SessionCancelled(await data.InfoAsync(cohort, session, cancellationToken), currentUser.UserId,
            currentUser.DisplayName ?? "Your instructor"), cancellationToken);
        return MediatR.Unit.Value;
    }
}
