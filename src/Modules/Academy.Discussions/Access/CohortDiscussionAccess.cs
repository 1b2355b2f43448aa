using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Discussions.Access;

/// <summary>
/// Who the caller is in a cohort's discussions: a member who may read and write, and whether they moderate.
/// <see cref="Releases"/> says when each module opens for a learner; moderators see every module, so theirs is null.
/// </summary>
internal sealed record Participant(string CohortSlug, string CohortName, string CourseSlug, DateOnly CohortStartsOn, string CohortTimeZone, Domain.Author Author,
    bool IsModerator, ModuleReleases? Releases)
{
    /// <summary>The modules whose spaces, threads and posts this participant cannot see yet (none for moderators).</summary>
    public IReadOnlyList<string> ClosedModules { get; } = Releases?.Closed ?? [];

    /// <summary>Whether the space of this module (null: a space of no module) is open to this participant.</summary>
    public bool MaySeeSpaceOf(string? moduleSlug) => moduleSlug is null || !ClosedModules.Contains(moduleSlug);

    /// <summary>The day a module's space opens for this participant, if that is still ahead.</summary>
    public DateOnly? OpensLater(string? moduleSlug) => Releases?.OpensLater(moduleSlug);
}

internal static class CohortDiscussionAccess
{
    /// <summary>
    /// The caller as a participant of the cohort's discussions, or not found: only members of the cohort, its
    /// instructors and admins see anything of them, and everyone else sees the same 404 as for a cohort that
    /// does not exist. A learner's participant knows which modules have not opened for the cohort yet.
    /// </summary>
    public static async Task<Participant> ParticipantAsync(this IMediator mediator, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var cohort = await mediator.Send(new FindCohort(cohortSlug), cancellationToken)
            ?? throw new NotFoundException($"Discussions of {cohortSlug} are not visible to this user.");
        return cohort.Role == CohortRole.Instructor
            ? As(cohort, currentUser, releases: null)
            : As(cohort, currentUser, await mediator.Send(new GetModuleReleases(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn, cohort.TimeZone), cancellationToken));
    }

    /// <summary>The caller as a moderator of the cohort (its instructors, admins), or not found for anyone else.</summary>
    public static async Task<Participant> ModeratorAsync(this IMediator mediator, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var cohort = await mediator.Send(new FindCohort(cohortSlug), cancellationToken);
        return cohort?.Role == CohortRole.Instructor
            ? As(cohort, currentUser, releases: null)
            : throw new NotFoundException($"{currentUser.UserId} does not moderate {cohortSlug}.");
    }

    /// <summary>The caller in a cohort they may see; a moderator (no releases to keep to) when they teach it.</summary>
    private static Participant As(Enrolment cohort, ICurrentUser currentUser, ModuleReleases? releases) =>
        new(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone,
            new Domain.Author(currentUser.UserId, currentUser.DisplayName ?? "A member"), cohort.Role == CohortRole.Instructor, releases);
}
