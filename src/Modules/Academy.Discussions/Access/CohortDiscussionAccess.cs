using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Discussions.Access;

/// <summary>Who the caller is in a cohort's discussions: a member who may read and write, and whether they moderate.</summary>
internal sealed record Participant(string CohortSlug, string CohortName, string CourseSlug, Domain.Author Author, bool IsModerator);

internal static class CohortDiscussionAccess
{
    /// <summary>
    /// The caller as a participant of the cohort's discussions, or not found: only members of the cohort, its
    /// instructors and admins see anything of them, and everyone else sees the same 404 as for a cohort that
    /// does not exist.
    /// </summary>
    public static async Task<Participant> ParticipantAsync(this IMediator mediator, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var cohort = await mediator.Send(new FindCohort(cohortSlug), cancellationToken)
            ?? throw new NotFoundException($"Discussions of {cohortSlug} are not visible to this user.");
        return new Participant(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug,
            new Domain.Author(currentUser.UserId, currentUser.DisplayName ?? "A member"), cohort.Role == CohortRole.Instructor);
    }

    /// <summary>The caller as a moderator of the cohort (its instructors, admins), or not found for anyone else.</summary>
    public static async Task<Participant> ModeratorAsync(this IMediator mediator, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, cohortSlug, cancellationToken);
        return participant.IsModerator ? participant : throw new NotFoundException($"{currentUser.UserId} does not moderate {cohortSlug}.");
    }
}
