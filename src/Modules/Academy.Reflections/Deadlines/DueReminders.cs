using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Jobs;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Reflections.Deadlines;

/// <summary>
/// "Your reflection is due in 48 hours and not submitted yet", computed from the schedule each time the job runs: the
/// cohort's assignments as they are now (a moved due date moves the reminder), each learner's own due date (an
/// extension moves it too), and the reflections not submitted. Each learner is reminded once per assignment and due
/// date (<see cref="MembersNotified.OnceKey"/>); the notification, and the e-mail for those who want it at once, are
/// written by the Cohorts module like any other. Who has submitted is read again right before each reminder is
/// published, and a submission takes back a reminder e-mail still waiting in the outbox.
/// </summary>
internal sealed class DueReminders(IReflectionsData data, IMediator mediator, TimeProvider clock, ILogger<DueReminders> logger)
{
    /// <summary>How long before the end of its due day a reflection is reminded of.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromHours(48);

    /// <summary>A reflection is late from the day after its due date in the cohort's zone, so it is due when that day begins there.</summary>
    public static DateTimeOffset DueAt(DateOnly dueOn, string cohortTimeZone) => ZonedTime.StartOf(dueOn.AddDays(1), cohortTimeZone);

    /// <summary>Within the last 48 hours before it is due, and not yet past.</summary>
    public static bool IsDueSoon(DateOnly dueOn, DateTimeOffset now, string cohortTimeZone) =>
        now >= DueAt(dueOn, cohortTimeZone) - Lead && now < DueAt(dueOn, cohortTimeZone);

    /// <summary>The key of one learner's reminder: per cohort, assignment and due date (a new date is a new reminder).</summary>
    public static string OnceKey(string cohortSlug, string assignmentSlug, DateOnly dueOn) => $"{OnceKeyPrefix(cohortSlug, assignmentSlug)}{dueOn:yyyy-MM-dd}";

    /// <summary>What every reminder of this assignment's key starts with, whatever its date.</summary>
    public static string OnceKeyPrefix(string cohortSlug, string assignmentSlug) => $"reflection-due:{cohortSlug}:{assignmentSlug}:";

    /// <summary>Publishes the reminders due now; returns how many learners they name (the Cohorts module skips those it told before).</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        foreach (var cohort in (await mediator.Send(new GetCohortLearners(), cancellationToken)).Where(cohort => cohort.LearnerIds.Count > 0))
        {
            var today = ZonedTime.Today(now, cohort.TimeZone);
            var (first, last) = (today, today.AddDays(1)); // the due days whose last 48 hours include now
            var assignments = (await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn, cohort.TimeZone), cancellationToken))
                .Where(assignment => assignment.IsOpen)
                .ToList();
            var soon = assignments.Where(assignment => assignment.DueOn >= first && assignment.DueOn <= last).Select(assignment => assignment.Slug).ToList();
            // Only what can matter: the reflections of assignments due soon, and any whose extension ends soon.
            var reflections = (await data.Reflections.AsNoTracking()
                    .Where(r => r.CohortSlug == cohort.CohortSlug
                                && (soon.Contains(r.AssignmentSlug) || (r.ExtendedUntil != null && r.ExtendedUntil >= first && r.ExtendedUntil <= last)))
                    .Select(r => new { r.UserId, r.AssignmentSlug, r.SubmittedAt, r.ExtendedUntil })
                    .ToListAsync(cancellationToken))
                .ToDictionary(r => (r.UserId, r.AssignmentSlug));

            var due = new List<(ReflectionAssignment Assignment, DateOnly DueOn, string LearnerId)>();
            foreach (var assignment in assignments)
            {
                foreach (var learner in cohort.LearnerIds)
                {
                    var reflection = reflections.GetValueOrDefault((learner, assignment.Slug));
                    if (reflection?.SubmittedAt is not null)
                    {
                        continue; // submitted (a reflection returned for revision was submitted once: no reminder)
                    }

                    var deadline = new Deadline(assignment.DueOn, assignment.CutOffOn).ExtendedTo(reflection?.ExtendedUntil);
                    var stillOpen = deadline.CutOffOn is not { } cutOff || cutOff >= today;
                    if (stillOpen && IsDueSoon(deadline.DueOn, now, cohort.TimeZone))
                    {
                        due.Add((assignment, deadline.DueOn, learner));
                    }
                }
            }

            foreach (var group in due.GroupBy(entry => (entry.Assignment.Slug, entry.DueOn)))
            {
                var assignment = group.First().Assignment;
                var learners = group.Select(entry => entry.LearnerId).ToList();
                // Read again right before the reminder is written: a reflection submitted meanwhile is not reminded of.
                var submitted = await data.Reflections.AsNoTracking()
                    .Where(r => r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug && r.SubmittedAt != null && learners.Contains(r.UserId))
                    .Select(r => r.UserId)
                    .ToListAsync(cancellationToken);
                learners = learners.Except(submitted).ToList();
                if (learners.Count == 0)
                {
                    continue;
                }

                await mediator.Publish(new MembersNotified(learners, string.Empty, "Academy",
                    new Words(typeof(ReflectionsText), "Your reflection “{0}” is due on {1} and is not submitted yet", assignment.Title, new CalendarDay(group.Key.DueOn, cohort.TimeZone)),
                    $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}",
                    NotificationKind.ReflectionDue, cohort.CohortSlug, OnceKey(cohort.CohortSlug, assignment.Slug, group.Key.DueOn), DueAt(group.Key.DueOn, cohort.TimeZone)),
                    cancellationToken);
                reminded += learners.Count;
            }
        }

        logger.LogInformation("Reflection reminders: {Due} learners with a reflection due soon (each reminded of it once)", reminded);
        return reminded;
    }
}

/// <summary>Runs <see cref="DueReminders"/> every hour (due dates are days), on one instance of however many share the database.</summary>
internal sealed class DueReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DueReminderService> logger)
    : OncePerPeriodJob(scopes, clock, logger)
{
    public override string Name => "reflection-reminders";

    public override TimeSpan Period => TimeSpan.FromHours(1);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DueReminders>().RemindAsync(cancellationToken);
}
