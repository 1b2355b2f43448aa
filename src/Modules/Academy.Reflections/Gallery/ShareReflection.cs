using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Reflections.Gallery;

/// <summary>The learner chooses who reads their reflection: Private (the default) or the cohort's gallery.</summary>
public sealed record ShareReflection(string CohortSlug, string AssignmentSlug, ReflectionAudience Audience) : IRequest;

internal sealed class ShareReflectionHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser) : IRequestHandler<ShareReflection, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ShareReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners share reflections in {request.CohortSlug}.");
        }

        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        reflection.ShareWith(request.Audience);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
