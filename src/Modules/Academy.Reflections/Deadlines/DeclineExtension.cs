using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Deadlines;

/// <summary>An instructor turns down a learner's request for more time; the learner is told, the due date stays.</summary>
public sealed record DeclineExtension(string CohortSlug, Guid ReflectionId) : IRequest;

internal sealed class DeclineExtensionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<DeclineExtension, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineExtension request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var reflection = await data.Reflections
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.CohortSlug == cohort.CohortSlug && r.ExtensionRequestedUntil != null, cancellationToken)
            ?? throw new NotFoundException($"No open extension request {request.ReflectionId} in {request.CohortSlug}.");
        reflection.DeclineExtension();
        await data.SaveChangesAsync(cancellationToken);
        var instructor = currentUser.DisplayName ?? "Your instructor";
        await mediator.Publish(new MembersNotified([reflection.UserId], currentUser.UserId, instructor,
            new Words(typeof(ReflectionsText), "{0} could not give you more time on a reflection: the due date stays", instructor),
            $"/cohorts/{cohort.CohortSlug}/reflections/{reflection.AssignmentSlug}", NotificationKind.ReflectionFeedback, cohort.CohortSlug), cancellationToken);
        return MediatR.Unit.Value;
    }
}
