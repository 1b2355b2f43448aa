using Academy.Cohorts.Data;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Home;

/// <summary>A cohort's home for its members (and admins): the next live session, the schedule, who teaches, and the calendar feed.</summary>
public sealed record GetCohortHome(string CohortSlug) : IRequest<CohortHome>;

public sealed record CohortHome(
    string Slug,
    string Name,
    DateOnly StartsOn,
    CohortRole Role,
    CohortSchedule Schedule,
    IReadOnlyList<string> Instructors,
    int LearnerCount,
    string? CalendarPath,
    LiveSessionSummary? NextSession);

internal sealed class GetCohortHomeHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, Sessions.SessionSchedules sessions,
    People.DirectoryMemory directory, TimeProvider clock)
    : IRequestHandler<GetCohortHome, CohortHome>
{
    public async Task<CohortHome> Handle(GetCohortHome request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        // Counting the learners reads every one of them: counted only when their number is not kept.
        var generation = directory.Generation;
        var keptLearners = directory.LearnersIn(request.CohortSlug);
        var countLearners = keptLearners is null;
        var cohort = await data.Cohorts.AsNoTracking()
            .Where(c => c.Slug == request.CohortSlug)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.CourseSlug,
                c.StartsOn,
                c.TimeZone,
                Me = c.Members.Where(m => m.UserId == userId).Select(m => new { m.Role, m.CalendarToken }).FirstOrDefault(),
                Instructors = c.Members.Where(m => m.Role == CohortRole.Instructor).Select(m => m.DisplayName).ToList(),
                Learners = countLearners ? c.Members.Count(m => m.Role == CohortRole.Learner) : 0,
                HasSessions = data.LiveSessions.Any(s => s.CohortId == c.Id),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null || (cohort.Me is null && !currentUser.IsInRole(Roles.Admin)))
        {
            throw new NotFoundException($"Cohort {request.CohortSlug} is not visible to this user.");
        }

        if (countLearners)
        {
            directory.KeepLearners(request.CohortSlug, cohort.Learners, generation);
        }

        var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
        var now = clock.GetUtcNow();
        var ofCohort = cohort.HasSessions ? (await sessions.OfAsync(data, [cohort.Slug], cancellationToken)).GetValueOrDefault(cohort.Slug) : null;
        return new CohortHome(cohort.Slug, cohort.Name, cohort.StartsOn, cohort.Me?.Role ?? CohortRole.Instructor, schedule,
            cohort.Instructors.Order(StringComparer.CurrentCultureIgnoreCase).ToList(), keptLearners ?? cohort.Learners, // in the reader's collation
            cohort.Me is null ? null : $"/cohorts/{cohort.Slug}/calendar.ics?token={cohort.Me.CalendarToken}",
            ofCohort?.NextAt(now)?.SummaryIn(ofCohort.CohortSlug, now));
    }
}
