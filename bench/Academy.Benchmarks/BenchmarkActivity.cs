using Academy.Cohorts.Demo;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Contracts.Sessions;
using Academy.Discussions.Demo;
using Academy.Reflections.PeerReviews;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Benchmarks;

/// <summary>
/// What the measured learner of each cohort has besides posts and reflections, so that their notifications,
/// conversations, live sessions and peer review pages are measured with something on them: 120 notifications
/// (more than two pages), 60 conversations of 30 messages each, 12 live sessions and peer review switched on.
/// Written through the demo seeder and the real settings request.
/// </summary>
internal static class BenchmarkActivity
{
    private const int Notifications = 120;
    private const int Conversations = 60;
    private const int MessagesPerConversation = 30;
    private const int Sessions = 12;

    /// <summary>Peer review on for the first reflection (anonymous, two reviews each); its slug.</summary>
    public static async Task<string> TurnOnPeerReviewAsync(BenchmarkApp app, string cohortSlug, string instructorId, ReflectionAssignment assignment)
    {
        await app.SendAsAsync(instructorId, new ChangePeerReviewSettings(cohortSlug, assignment.Slug, IsOn: true, ReviewsPerSubmission: 2, ReviewsToGive: 2,
            IsAnonymous: true, ReviewsDueOn: assignment.DueOn.AddDays(7), ShowsPeerScores: true, RevealsAfterGiving: false, IncludesPrivateReflections: true,
            ClaimHours: 24), Roles.Instructor);
        return assignment.Slug;
    }

    /// <summary>The reader's notifications, conversations and the cohort's sessions; the id of one of the reader's conversations (the first cohort's, seeded first).</summary>
    public static async Task<Guid> SeedAsync(BenchmarkApp app, Faker faker, string cohortSlug, string instructorId, string readerId, IReadOnlyList<string> others, DateTimeOffset now)
    {
        var notifications = Enumerable.Range(1, Notifications).Select(index => new DemoNotification(readerId, faker.Name.FullName(),
                DemoDiscussionNotices.RepliedToYourPost(faker.Name.FullName(), faker.Lorem.Sentence(5)), $"/cohorts/{cohortSlug}/discussions/1",
                now.AddMinutes(-index * 37), NotificationKind.Discussion, cohortSlug))
            .ToList();
        var conversations = Enumerable.Range(0, Math.Min(Conversations, others.Count)).Select(index =>
            {
                var other = others[index];
                var startedAt = now.AddDays(-30).AddHours(index);
                return new DemoPrivateConversation(null, [readerId, other], Enumerable.Range(0, MessagesPerConversation)
                    .Select(number => new DemoMessage(number % 2 == 0 ? other : readerId, faker.Lorem.Paragraph(2), startedAt.AddMinutes(number * 11)))
                    .ToList());
            })
            .ToList();
        var sessions = Enumerable.Range(0, Sessions).Select(index =>
            {
                var startsAt = now.Date.AddDays((index * 7) - 42).AddHours(15);
                var starts = new DateTimeOffset(startsAt, TimeSpan.Zero);
                return new DemoSession($"Week {index + 1}: {faker.Lorem.Sentence(4).TrimEnd('.')}", faker.Lorem.Paragraph(3), starts, starts.AddMinutes(90),
                    $"https://meet.bench.test/{cohortSlug}/{index + 1}", null, null,
                    others.Take(40).Select((learner, number) => (learner, (RsvpAnswer)(1 + (number % 3)))).ToList());
            })
            .ToList();

        return await app.WithScopeAsync(async services =>
        {
            var seeder = services.GetRequiredService<IDemoCohortSeeder>();
            await seeder.SeedActivityAsync([], [], notifications, CancellationToken.None);
            await seeder.SeedConversationsAsync(conversations, CancellationToken.None);
            await seeder.SeedSessionsAsync(cohortSlug, instructorId, sessions, CancellationToken.None);
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            // Any of the reader's conversations: they are alike (30 messages between two people).
            return await db.Set<Academy.Cohorts.Domain.Conversation>().Select(conversation => conversation.Id).FirstAsync();
        });
    }
}
