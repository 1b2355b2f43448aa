using System.Security.Claims;
using Academy.Cohorts.Demo;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Courses.Demo;
using Academy.Discussions.Demo;
using Academy.Reflections.Demo;
using Academy.Shared.Security;
using Academy.Shared.Time;
using Academy.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Startup;

/// <summary>
/// The demo cohort <c>mba-2026</c> with one instructor, eight learners and an admin, all with the password in
/// <see cref="Password"/>, in its third week (<see cref="DemoActivity"/>) unless <c>Demo:Activity</c> is false.
/// Only ever run in Development; what it writes once is never written over.
/// </summary>
internal static class DemoSeeder
{
    public const string Password = "academy-demo-2026";
    public const string CohortSlug = "mba-2026";
    public const string CourseSlug = "social-media-for-leaders";
    public const string CohortName = "Executive MBA 2026";

    private sealed record DemoPerson(string Email, string Name, string Role, string Headline, string Organisation, string Industry, string Location,
        string[] Expertise, string[] Interests);

    private static readonly DemoPerson[] People =
    [
        new("instructor@academy.test", "Elina Saarinen", Roles.Instructor, "Programme Director, Executive MBA", "Academy Executive Education", "Education", "Jyväskylä, Finland",
            ["leadership development", "reflective learning"], ["social media strategy", "networks"]),
        new("learner1@academy.test", "Aino Virtanen", Roles.Learner, "Head of Customer Experience", "Nordlake Telecom", "Telecommunications", "Helsinki, Finland",
            ["customer experience", "service design"], ["social listening", "networks", "digital leadership"]),
        new("learner2@academy.test", "Mikko Laine", Roles.Learner, "Chief Financial Officer", "Kuusi Forest Products", "Forest industry", "Jyväskylä, Finland",
            ["corporate finance", "investor relations"], ["digital leadership", "sustainability"]),
        new("learner3@academy.test", "Sofia Lindqvist", Roles.Learner, "HR Director", "Archipelago Shipping", "Maritime", "Turku, Finland",
            ["talent", "employer branding"], ["social listening", "learning in the open"]),
        new("learner4@academy.test", "Daniel Okafor", Roles.Learner, "Regional Sales Director, Baltics", "Baltic Health Devices", "Medical technology", "Tallinn, Estonia",
            ["sales leadership", "Baltic markets"], ["networks", "personal brand"]),
        new("learner5@academy.test", "Laura Mäkinen", Roles.Learner, "Founder and CEO", "Pilvi Analytics", "Software as a service", "Tampere, Finland",
            ["analytics", "start-ups"], ["digital leadership", "personal brand"]),
        new("learner6@academy.test", "James Whitfield", Roles.Learner, "Operations Director", "Harbourline Logistics", "Logistics", "Rotterdam, Netherlands",
            ["operations", "supply chains"], ["sustainability", "networks"]),
        new("learner7@academy.test", "Hanna Korhonen", Roles.Learner, "Director of Communications", "Oulu Region Development Agency", "Public sector", "Oulu, Finland",
            ["public communication", "crisis communication"], ["social listening", "learning in the open"]),
        new("learner8@academy.test", "Priya Raman", Roles.Learner, "Product Director", "Fennica Games", "Games", "Espoo, Finland",
            ["product management", "games"], ["digital leadership", "learning in the open"]),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<AcademyUser>>();
        var members = new List<DemoMember>();
        foreach (var person in People)
        {
            var user = await EnsureUserAsync(users, person.Email, person.Name, person.Role);
            members.Add(new DemoMember(user.Id, person.Name, person.Role == Roles.Instructor ? CohortRole.Instructor : CohortRole.Learner,
                person.Headline, person.Organisation, person.Industry, person.Location, person.Expertise, person.Interests));
        }

        await EnsureUserAsync(users, "admin@academy.test", "Academy Administrator", Roles.Admin);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        // The people joined the week before the programme began, two weeks ago.
        var startsOn = await services.GetRequiredService<IDemoCohortSeeder>()
            .SeedAsync(CohortSlug, CohortName, CourseSlug, ZonedTime.Today(now, ZonedTime.DefaultZone).AddDays(-14), members, cancellationToken, DemoConnections(members),
                joinedAt: now.AddDays(-21));
        if (services.GetRequiredService<IConfiguration>().GetValue("Demo:Activity", true))
        {
            await SeedActivityAsync(services, startsOn, now, members, cancellationToken);
        }
    }

    /// <summary>
    /// The cohort's first weeks: discussions, reflections, networking, notifications and live sessions, each module writing its own
    /// part once. The modules ask their contracts as a signed-in user would, so this runs as the cohort's instructor.
    /// </summary>
    private static async Task SeedActivityAsync(IServiceProvider services, DateOnly startsOn, DateTimeOffset now, List<DemoMember> members,
        CancellationToken cancellationToken)
    {
        var instructor = members[0];
        var http = services.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, instructor.UserId), new Claim(ClaimTypes.Role, Roles.Instructor),
                new Claim(AcademyClaimTypes.DisplayName, instructor.DisplayName),
            ], "demo-seed")),
        };
        try
        {
            var script = new DemoActivity(startsOn, now, members.Select(member => new DemoVoice(member.UserId, member.DisplayName)).ToList());
            var threads = await services.GetRequiredService<IDemoDiscussionsSeeder>().SeedAsync(CohortSlug, CohortName, CourseSlug, startsOn,
                new DemoVoice(instructor.UserId, instructor.DisplayName), script.Conversations(), script.Readers(), cancellationToken);
            await services.GetRequiredService<IDemoProgressSeeder>().SeedAsync(CohortSlug, CourseSlug, script.Progress(), cancellationToken);
            await services.GetRequiredService<IDemoReflectionsSeeder>().SeedAsync(CohortSlug, CourseSlug, startsOn, script.Reflections(instructor.DisplayName),
                script.PeerReviewing(), cancellationToken);
            await services.GetRequiredService<IDemoCohortSeeder>().SeedActivityAsync(script.ConnectionRequests(), script.Introductions(),
                threads is null ? [] : script.NotificationsForAino(CohortSlug, threads), cancellationToken);
            await services.GetRequiredService<IDemoCohortSeeder>().SeedSessionsAsync(CohortSlug, instructor.UserId, script.Sessions(), cancellationToken);
            await services.GetRequiredService<IDemoCohortSeeder>().SeedConversationsAsync(script.PrivateConversations(), cancellationToken);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    /// <summary>
    /// Who already knows whom when the programme starts: Aino knows Mikko, who knows Sofia (so Aino can ask
    /// Mikko for an introduction, as in the course's story), and a few more pairs so the network has a shape.
    /// </summary>
    private static List<(string, string)> DemoConnections(List<DemoMember> members)
    {
        string Id(int index) => members[index].UserId; // 0 is the instructor, 1..8 the learners
        return [(Id(1), Id(2)), (Id(2), Id(3)), (Id(2), Id(7)), (Id(4), Id(5)), (Id(5), Id(6)), (Id(6), Id(8)), (Id(0), Id(1)), (Id(0), Id(5))];
    }

    private static async Task<AcademyUser> EnsureUserAsync(UserManager<AcademyUser> users, string email, string name, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AcademyUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo user {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }
}
