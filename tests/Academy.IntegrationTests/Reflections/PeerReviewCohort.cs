using Academy.Cohorts.Demo;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Gallery;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Writing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// A cohort of many learners (enrolled by the seeder, no accounts: requests go straight through the real pipeline) and
/// its instructor, doing peer review of "My list of reasons" through the real requests, each in its own scope.
/// </summary>
internal sealed class PeerReviewCohort
{
    public const string Assignment = "my-reasons";

    /// <summary>The assignment's rubric has four criteria, each with levels of 1 to 4 points.</summary>
    public const int Criteria = 4;

    private readonly AcademyApp app;

    private PeerReviewCohort(AcademyApp app, string slug, string instructorId, IReadOnlyList<string> learners)
    {
        this.app = app;
        Slug = slug;
        InstructorId = instructorId;
        Learners = learners;
    }

    public string Slug { get; }

    public string InstructorId { get; }

    public IReadOnlyList<string> Learners { get; }

    public string CoverageUrl => $"/cohorts/{Slug}/reflections/{Assignment}/peer-reviews";

    /// <summary>A new cohort that started two weeks ago (so the first module's reflections were due a week ago), with these many learners.</summary>
    public static async Task<PeerReviewCohort> StartAsync(AcademyApp app, int learners)
    {
        var slug = $"cohort-{Guid.NewGuid():N}"[..20];
        var instructorId = $"teacher-{slug}";
        var ids = Enumerable.Range(0, learners).Select(i => $"peer-{slug}-{i:00}").ToList();
        await app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(slug, $"Cohort {slug}", Arrange.Course, Arrange.Today.AddDays(-14),
                ids.Select((id, i) => new DemoMember(id, NameOf(i), CohortRole.Learner, "", "", "", ""))
                    .Append(new DemoMember(instructorId, "Ilona Instructor", CohortRole.Instructor, "", "", "", "")).ToList(),
                CancellationToken.None);
            return 0;
        });
        return new PeerReviewCohort(app, slug, instructorId, ids);
    }

    public static string NameOf(int learner) => $"Learner {learner:00}";

    public string NameOf(string learnerId) => NameOf(Learners.ToList().IndexOf(learnerId));

    public Task TurnOnAsync(int reviewsPerSubmission = 2, int reviewsToGive = 2, bool anonymous = true, DateOnly? reviewsDueOn = null,
        bool showsPeerScores = false, bool includesPrivate = true, int claimHours = 24) =>
        SendAsync(InstructorId, new ChangePeerReviewSettings(Slug, Assignment, IsOn: true, reviewsPerSubmission, reviewsToGive, anonymous, reviewsDueOn,
            showsPeerScores, RevealsAfterGiving: false, includesPrivate, claimHours));

    public async Task SubmitAsync(string learner, string? text = null, bool shared = false)
    {
        await SendAsync(learner, new SubmitReflection(Slug, Assignment, text ?? $"The reasons of {learner}.", Confirmed: true, BasedOnVersion: 0));
        if (shared)
        {
            await SendAsync(learner, new ShareReflection(Slug, Assignment, ReflectionAudience.Cohort));
        }
    }

    public Task<Guid> ClaimAsync(string learner) => SendAsync(learner, new ClaimPeerReview(Slug, Assignment));

    public Task SendReviewAsync(string learner, Guid review, string? comment = null, IReadOnlyList<int?>? scores = null) =>
        SendAsync(learner, new SubmitPeerReview(Slug, Assignment, review,
            Enumerable.Range(1, Criteria).Select(i => $"{comment ?? $"Review by {learner}"}, on criterion {i}.").ToList(),
            scores ?? [3, null, 4, 2]));

    /// <summary>The reviews of the assignment as stored, for checking what the requests did.</summary>
    public Task<List<PeerReview>> ReviewsAsync() =>
        app.WithDbAsync(db => db.Set<PeerReview>().AsNoTracking().Where(r => r.CohortSlug == Slug && r.AssignmentSlug == Assignment).ToListAsync());

    /// <summary>The submitted reflections of the assignment: id → author.</summary>
    public Task<Dictionary<Guid, string>> SubmissionsAsync() =>
        app.WithDbAsync(db => db.Set<Reflection>().AsNoTracking().Where(r => r.CohortSlug == Slug && r.AssignmentSlug == Assignment && r.SubmittedAt != null)
            .ToDictionaryAsync(r => r.Id, r => r.UserId));

    /// <summary>Makes a claim lapse, as its claim time passing would.</summary>
    public Task LapseAsync(Guid review) =>
        app.WithDbAsync(db => db.Set<PeerReview>().Where(r => r.Id == review)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ClaimExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

    /// <summary>Sends a request as a member, signed in with their display name (which reviews and reflections copy).</summary>
    public Task<T> SendAsync<T>(string userId, MediatR.IRequest<T> request) => SendAsAsync(app, userId, NameFor(userId), request);

    private string NameFor(string userId) => userId == InstructorId ? "Ilona Instructor" : NameOf(userId);

    public static Task<T> SendAsAsync<T>(AcademyApp app, string userId, string displayName, MediatR.IRequest<T> request) => app.WithScopeAsync(async services =>
    {
        var claims = new List<System.Security.Claims.Claim>
        {
            new(System.Security.Claims.ClaimTypes.NameIdentifier, userId),
            new(Academy.Shared.Security.AcademyClaimTypes.DisplayName, displayName),
        };
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = services,
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test")),
        };
        return await services.GetRequiredService<MediatR.IMediator>().Send(request);
    });
}
