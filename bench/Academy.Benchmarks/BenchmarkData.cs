using Academy.Cohorts.Demo;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Discussions.Domain;
using Academy.Discussions.Spaces.ViewDiscussions;
using Academy.Reflections.Domain;
using Academy.Shared.Markdown;
using Academy.Shared.Time;
using Academy.Web.Identity;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Benchmarks;

/// <summary>What the seeded data set holds, and where the benchmark points its load.</summary>
internal sealed record BenchmarkTargets(
    string LearnerEmail, string InstructorEmail, string CohortSlug, string ModuleSlug, int ThreadNumber, int LongThreadNumber, DataSetSize Size,
    string SmallCohortLearnerEmail, string SmallCohortInstructorEmail, string SmallCohortSlug, string ProfileUserId, Guid ConversationId,
    string PeerReviewedAssignmentSlug, string AdminEmail);

internal sealed record DataSetSize(int Cohorts, int Learners, int Threads, int Posts, int Reflections, int Connections);

/// <summary>
/// The benchmark's data set, the same on every run (Bogus with a fixed seed): a cohort of 2,000 learners and one of 10
/// (so that a page can be measured at both sizes), an instructor each, 20,000 connections, 50,000 posts (one thread of
/// 500) and 10,050 reflections; the measured learners have notifications, conversations, live sessions and peer review. Cohorts,
/// members, profiles and connections go through the demo cohort seeder and the discussion spaces through the
/// real "open the discussions" request; posts and reflections are made by their domain methods and saved in
/// batches, because sending 60,000 requests one by one would take longer than the benchmark itself.
/// </summary>
internal static class BenchmarkData
{
    public const string Password = "benchmark-password-2026";
    public const string CourseSlug = "social-media-for-leaders";
    /// <summary>The cohorts by size: learners, connections among them and posts in their discussions.</summary>
    private static readonly (int Learners, int Connections, int Posts)[] Cohorts = [(2_000, 20_000, 49_500), (10, 20, 500)];

    public const int LongThreadPosts = 500;
    public const int ReflectionsPerLearner = 5;

    private const int Seed = 2026;

    private static readonly string[] Industries =
    [
        "Telecommunications", "Forest industry", "Maritime", "Medical technology", "Software as a service", "Logistics",
        "Public sector", "Games", "Banking", "Energy", "Retail", "Education",
    ];

    private static readonly string[] Tags =
    [
        "digital leadership", "social listening", "networks", "personal brand", "sustainability", "learning in the open",
        "customer experience", "service design", "corporate finance", "talent", "employer branding", "analytics",
        "operations", "supply chains", "product management", "crisis communication", "strategy", "innovation",
    ];

    private static readonly string[] Countries = ["Finland", "Sweden", "Estonia", "Germany", "Netherlands", "Norway", "Denmark", "United Kingdom"];

    public static string CohortSlug(int cohort) => $"bench-{cohort}";

    public static string LearnerEmail(int cohort, int learner) => $"learner{cohort}-{learner:0000}@bench.test";

    public const string AdminEmail = "admin@bench.test";

    public static string InstructorEmail(int cohort) => $"instructor{cohort}@bench.test";

    public static async Task<BenchmarkTargets> SeedAsync(BenchmarkApp app, TextWriter log)
    {
        Randomizer.Seed = new Random(Seed);
        var faker = new Faker("en");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var startsOn = today.AddDays(-70); // every module released
        var now = DateTimeOffset.UtcNow;

        var started = System.Diagnostics.Stopwatch.StartNew();
        var people = await CreateAccountsAsync(app, faker);
        log.WriteLine($"  {people.Sum(c => c.Learners.Count)} learners and {people.Count} instructors ({started.Elapsed.TotalSeconds:0.0} s)");

        var connections = 0;
        foreach (var cohort in people)
        {
            var members = new List<DemoMember> { Member(faker, cohort.Instructor, CohortRole.Instructor) };
            members.AddRange(cohort.Learners.Select(learner => Member(faker, learner, CohortRole.Learner)));
            var pairs = new HashSet<(string, string)>();
            while (pairs.Count < Cohorts[cohort.Number - 1].Connections)
            {
                var one = faker.PickRandom(cohort.Learners).Id;
                var other = faker.PickRandom(cohort.Learners).Id;
                if (one != other)
                {
                    pairs.Add(string.CompareOrdinal(one, other) < 0 ? (one, other) : (other, one));
                }
            }

            connections += pairs.Count;
            await app.WithScopeAsync(async services =>
            {
                await services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(cohort.Slug, $"Executive MBA benchmark {cohort.Number}", CourseSlug,
                    startsOn, members, CancellationToken.None, pairs.ToList());
                return 0;
            });
        }

        log.WriteLine($"  {people.Count} cohorts with profiles and {connections} connections ({started.Elapsed.TotalSeconds:0.0} s)");

        var threadNumber = 0;
        var longThreadNumber = 0;
        var threads = 0;
        foreach (var cohort in people)
        {
            // The spaces open the way they do for the first visitor: through the real request.
            await app.SendAsAsync(cohort.Instructor.Id, new GetDiscussions(cohort.Slug), Roles.Instructor);
            var (thread, longThread, count) = await WriteDiscussionsAsync(app, faker, cohort, now);
            threads += count;
            if (cohort.Number == 1)
            {
                (threadNumber, longThreadNumber) = (thread, longThread);
            }
        }

        var posts = Cohorts.Sum(cohort => cohort.Posts);
        log.WriteLine($"  {threads} threads with {posts} posts ({started.Elapsed.TotalSeconds:0.0} s)");

        var reflections = 0;
        var peerReviewed = string.Empty;
        foreach (var cohort in people)
        {
            var assignments = await app.SendAsAsync(cohort.Instructor.Id, new GetReflectionAssignments(CourseSlug, cohort.Slug, startsOn, ZonedTime.DefaultZone), Roles.Instructor);
            // The small cohort's 50 reflections all wait for review, so that its review queue shows a full page of 50 as the
            // large cohort's does: the two rows then compare the same page at two sizes, not a page of 5 with a page of 50.
            var allWaitForReview = cohort.Learners.Count * ReflectionsPerLearner <= Academy.Reflections.Review.GetReviewQueue.PageSize;
            reflections += await WriteReflectionsAsync(app, faker, cohort, assignments.Take(ReflectionsPerLearner).ToList(), allWaitForReview);
            peerReviewed = await BenchmarkActivity.TurnOnPeerReviewAsync(app, cohort.Slug, cohort.Instructor.Id, assignments[0]);
        }

        log.WriteLine($"  {reflections} reflections, peer review on for {peerReviewed} ({started.Elapsed.TotalSeconds:0.0} s)");

        var conversationId = Guid.Empty;
        foreach (var cohort in people)
        {
            var reader = cohort.Learners[0].Id;
            var others = cohort.Learners.Skip(1).Select(learner => learner.Id).ToList();
            var firstConversation = await BenchmarkActivity.SeedAsync(app, faker, cohort.Slug, cohort.Instructor.Id, reader, others, now);
            conversationId = cohort.Number == 1 ? firstConversation : conversationId;
        }

        log.WriteLine($"  notifications, conversations and live sessions for the measured learners ({started.Elapsed.TotalSeconds:0.0} s)");

        var moduleSlug = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Set<Academy.Courses.Domain.CourseModule>()
            .OrderBy(module => module.Position).Select(module => module.Slug).FirstAsync());
        return new BenchmarkTargets(LearnerEmail(1, 1), InstructorEmail(1), CohortSlug(1), moduleSlug, threadNumber, longThreadNumber,
            new DataSetSize(people.Count, people.Sum(c => c.Learners.Count), threads, posts, reflections, connections),
            LearnerEmail(2, 1), InstructorEmail(2), CohortSlug(2), people[0].Learners[1].Id, conversationId, peerReviewed, AdminEmail);
    }

    private sealed record Person(string Id, string Name);

    private sealed record SeededCohort(int Number, string Slug, Person Instructor, List<Person> Learners);

    /// <summary>Accounts with one password hash computed once (each hash costs the configured PBKDF2 iterations).</summary>
    private static async Task<List<SeededCohort>> CreateAccountsAsync(BenchmarkApp app, Faker faker)
    {
        var cohorts = new List<SeededCohort>();
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            var hash = services.GetRequiredService<IPasswordHasher<AcademyUser>>().HashPassword(new AcademyUser(), Password);
            var roleIds = await db.Roles.ToDictionaryAsync(role => role.Name!, role => role.Id);
            var admin = Account(faker, AdminEmail, hash);
            db.Users.Add(admin);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = admin.Id, RoleId = roleIds[Roles.Admin] });
            for (var number = 1; number <= Cohorts.Length; number++)
            {
                var instructor = Account(faker, InstructorEmail(number), hash);
                db.Users.Add(instructor);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = instructor.Id, RoleId = roleIds[Roles.Instructor] });
                var learners = new List<Person>();
                for (var index = 1; index <= Cohorts[number - 1].Learners; index++)
                {
                    var learner = Account(faker, LearnerEmail(number, index), hash);
                    db.Users.Add(learner);
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = learner.Id, RoleId = roleIds[Roles.Learner] });
                    learners.Add(new Person(learner.Id, learner.DisplayName));
                }

                cohorts.Add(new SeededCohort(number, CohortSlug(number), new Person(instructor.Id, instructor.DisplayName), learners));
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return cohorts;
    }

    private static AcademyUser Account(Faker faker, string email, string passwordHash) => new()
    {
        Id = faker.Random.Guid().ToString(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = faker.Name.FullName(),
        PasswordHash = passwordHash,
        SecurityStamp = faker.Random.Guid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = faker.Random.Guid().ToString(),
        LockoutEnabled = true,
    };

    private static DemoMember Member(Faker faker, Person person, CohortRole role) => new(
        person.Id, person.Name, role, faker.Name.JobTitle(), faker.Company.CompanyName(), faker.PickRandom(Industries),
        $"{faker.Address.City()}, {faker.PickRandom(Countries)}", faker.PickRandom(Tags, 2).ToList(), faker.PickRandom(Tags, 3).ToList());

    /// <summary>
    /// The cohort's posts: in the Lounge one thread of 500 (cohort 1 only) and a 60-post thread for the thread
    /// page; the rest in threads of 5 to 45 posts spread over the spaces, a fifth of the replies being sub-replies.
    /// </summary>
    private static async Task<(int Thread, int LongThread, int Count)> WriteDiscussionsAsync(BenchmarkApp app, Faker faker, SeededCohort cohort, DateTimeOffset now)
    {
        var threadNumber = 0;
        var longThreadNumber = 0;
        var count = 0;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            var markdown = services.GetRequiredService<IMarkdownRenderer>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var spaces = await db.Set<Academy.Discussions.Domain.Space>().Where(space => space.CohortSlug == cohort.Slug && space.Kind != SpaceKind.Announcements).ToListAsync();
            var lounge = spaces.Single(space => space.Kind == SpaceKind.Lounge);
            var next = (await db.Set<Academy.Discussions.Domain.DiscussionThread>().Where(thread => thread.CohortSlug == cohort.Slug).MaxAsync(thread => (int?)thread.Number) ?? 0) + 1;
            var postsLeft = Cohorts[cohort.Number - 1].Posts;

            RenderedPost Body()
            {
                var text = $"{faker.Lorem.Paragraph(4)} **{faker.Hacker.Phrase()}**\n\n{faker.Lorem.Paragraph(3)} [{faker.Lorem.Word()}](https://{faker.Internet.DomainName()}/)";
                return new RenderedPost(text, markdown.RenderUserContent(text).Html);
            }

            DiscussionThread Write(Space space, int posts)
            {
                var startedAt = now.AddDays(-60).AddMinutes(faker.Random.Int(0, 60 * 24 * 50));
                var author = faker.PickRandom(cohort.Learners);
                var thread = DiscussionThread.Start(space, next++, faker.Lorem.Sentence(6).TrimEnd('.') + "?", new Author(author.Id, author.Name), Body(), startedAt, isModerator: false);
                var roots = new List<int> { 1 };
                for (var sequence = 2; sequence <= posts; sequence++)
                {
                    var replier = faker.PickRandom(cohort.Learners);
                    int? parent = roots.Count > 1 && faker.Random.Bool(0.2f) ? faker.PickRandom(roots) : null;
                    thread.AddReply(new Author(replier.Id, replier.Name), Body(), parent, null, startedAt.AddMinutes(sequence * 7));
                    if (parent is null)
                    {
                        roots.Add(sequence);
                    }
                }

                db.Set<Academy.Discussions.Domain.DiscussionThread>().Add(thread);
                postsLeft -= posts;
                count++;
                return thread;
            }

            if (cohort.Number == 1)
            {
                longThreadNumber = Write(lounge, LongThreadPosts).Number;
            }

            threadNumber = Write(lounge, 60).Number;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            while (postsLeft > 0)
            {
                for (var batch = 0; batch < 50 && postsLeft > 0; batch++)
                {
                    Write(faker.PickRandom(spaces), Math.Min(postsLeft, faker.Random.Int(5, 45)));
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            return 0;
        });
        return (threadNumber, longThreadNumber, count);
    }

    /// <summary>
    /// Each learner's first reflections: 60% completed with scores and feedback, 10% waiting for review, 30% drafts; or,
    /// with <paramref name="allWaitForReview"/>, every one submitted and waiting.
    /// </summary>
    private static async Task<int> WriteReflectionsAsync(BenchmarkApp app, Faker faker, SeededCohort cohort, List<ReflectionAssignment> assignments, bool allWaitForReview)
    {
        var count = 0;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            var markdown = services.GetRequiredService<IMarkdownRenderer>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var learner in cohort.Learners)
            {
                foreach (var assignment in assignments)
                {
                    var reflection = new Reflection(cohort.Slug, assignment.Slug, learner.Id, learner.Name);
                    var text = string.Join("\n\n", faker.Lorem.Paragraphs(4, "\n\n").Split("\n\n").Select(p => p.Length > 0 ? p : "…"));
                    var state = allWaitForReview ? SeededReflectionState.WaitingForReview : RandomState(faker);
                    var writtenAt = new DateTimeOffset(assignment.DueOn.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero).AddDays(-faker.Random.Int(1, 5));
                    if (state == SeededReflectionState.Draft)
                    {
                        reflection.SaveDraft(text, 0, writtenAt);
                    }
                    else
                    {
                        reflection.ShareWith(faker.Random.Bool(0.3f) ? ReflectionAudience.Cohort : ReflectionAudience.Private);
                        reflection.Submit(text, markdown.RenderUserContent(text).Html, new Deadline(assignment.DueOn, assignment.CutOffOn), writtenAt, ZonedTime.DefaultZone);
                        if (state == SeededReflectionState.Reviewed)
                        {
                            var feedback = faker.Lorem.Paragraph(3);
                            reflection.Review(assignment.Rubric.Select(criterion => criterion.Levels[faker.Random.Int(0, criterion.Levels.Count - 1)].Points).ToList(),
                                feedback, markdown.RenderUserContent(feedback).Html, complete: true, cohort.Instructor.Name, writtenAt.AddDays(3));
                        }
                    }

                    db.Set<Academy.Reflections.Domain.Reflection>().Add(reflection);
                    count++;
                }
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return count;
    }

    private enum SeededReflectionState
    {
        Draft,
        WaitingForReview,
        Reviewed,
    }

    /// <summary>Three in ten drafts, one in ten waiting for review, six in ten reviewed.</summary>
    private static SeededReflectionState RandomState(Faker faker) => faker.Random.Int(0, 9) switch
    {
        < 3 => SeededReflectionState.Draft,
        3 => SeededReflectionState.WaitingForReview,
        _ => SeededReflectionState.Reviewed,
    };
}
