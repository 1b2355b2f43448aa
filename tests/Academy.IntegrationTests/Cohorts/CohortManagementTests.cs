using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>Instructors start cohorts and enrol learners from a CSV; invitations are single-use links valid 14 days.</summary>
public abstract partial class CohortManagementTests<TApp>(TApp app) where TApp : AcademyApp
{
    private async Task<Page> EnrolAsync(AcademyClient instructor, string cohort, string csv)
    {
        var page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        return await instructor.UploadAsync(page, "enrol", "CsvFile", Encoding.UTF8.GetBytes(csv), "learners.csv", "text/csv");
    }

    private async Task<List<string>> MailToAsync(string address)
    {
        await app.DeliverMailAsync();
        return PickupMail.To(app.MailFolder, address).ToList();
    }

    [GeneratedRegex(@"/invitations/(?<token>[0-9a-f]{64})")]
    private static partial Regex InvitationLink();

    [Fact]
    public async Task A_new_cohort_enrols_three_learners_from_a_csv_with_one_bad_row_and_the_same_file_twice_changes_nothing()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Starting Instructor");
        await app.NewCohortAsync(Arrange.Today.AddDays(-30), members: (instructorId, CohortRole.Instructor));
        var (existing, existingId) = await app.NewLearnerAsync("Existing Account");
        var existingEmail = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Id == existingId).Select(u => u.Email!)));

        var authoring = await instructor.GetAsync($"/teach/courses/{Arrange.Course}");
        var unnamed = await instructor.SubmitAsync(authoring, "new-cohort", new Dictionary<string, string> { ["NewCohort.StartsOn"] = Arrange.Today.AddDays(7).ToString("yyyy-MM-dd") });
        Assert.Contains("Name the cohort", unnamed.FieldError("cohort-name"));
        var created = await instructor.SubmitAsync(authoring, "new-cohort", new Dictionary<string, string>
        {
            ["NewCohort.Name"] = "Executive MBA Autumn", ["NewCohort.StartsOn"] = Arrange.Today.AddDays(7).ToString("yyyy-MM-dd"),
        });
        var manage = created.RedirectedTo!;
        var slug = manage.Split('/').Last();
        Assert.StartsWith("executive-mba-autumn", slug);
        Assert.Contains("Executive MBA Autumn", (await instructor.GetAsync("/teach")).Text("main"));

        // How many are in the cohort is kept between visits: each page below counts again after each join.
        Assert.Contains("Learners (0)", (await instructor.GetAsync(manage)).Text("#learners-heading"));
        Assert.Contains("1 member", (await instructor.GetAsync($"/cohorts/{slug}/people")).Text("main .meta"));

        var first = $"ada-{Guid.NewGuid():N}@example.com";
        var second = $"bo-{Guid.NewGuid():N}@example.com";
        var csv = $"email,name\n{first},Ada Lovelace\n\"{second}\",\"Bo, the second\"\nnot-an-address,Nobody\n{existingEmail.ToUpperInvariant()},Existing Account\n";
        var report = await EnrolAsync(instructor, slug, csv);
        Assert.Contains("1 enrolled, 2 invited, 0 already in or invited, 1 rejected", report.Text("[role=status]"));
        Assert.Contains("Rejected: Not an e-mail address.", report.Text(".enrolment-report"));
        Assert.Single((await MailToAsync(first)));
        Assert.Contains("Bo, the second", (await MailToAsync(second)).Single());
        var home = await existing.GetAsync($"/cohorts/{slug}");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("1", home.Text(".facts div:last-child dd"));
        Assert.Contains("Learners (1)", (await instructor.GetAsync(manage)).Text("#learners-heading"));
        Assert.Contains("2 members", (await instructor.GetAsync($"/cohorts/{slug}/people")).Text("main .meta"));

        var again = await EnrolAsync(instructor, slug, csv);
        Assert.Contains("0 enrolled, 0 invited, 3 already in or invited, 1 rejected", again.Text("[role=status]"));
        Assert.Single((await MailToAsync(first)));

        // The invitation: create an account from the link, join once; the link is spent.
        var token = InvitationLink().Match((await MailToAsync(first)).Single()).Groups["token"].Value;
        var visitor = app.CreateAcademyClient();
        var invitation = await visitor.GetAsync($"/invitations/{token}");
        Assert.Contains("Join Executive MBA Autumn", invitation.Heading);
        var register = await visitor.SubmitAsync($"/Account/Register?returnUrl=/invitations/{token}", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Lovelace", ["Input.Email"] = first, ["Input.Password"] = "a long enough passphrase",
        });
        Assert.EndsWith($"/invitations/{token}", register.RedirectedTo);
        var joinPage = await visitor.GetAsync($"/invitations/{token}");
        var joined = await visitor.SubmitAsync(joinPage, "accept", new Dictionary<string, string>());
        Assert.EndsWith($"/cohorts/{slug}", joined.RedirectedTo);
        Assert.EndsWith($"/cohorts/{slug}", (await visitor.SubmitAsync(joinPage, "accept", new Dictionary<string, string>())).RedirectedTo); // a double click
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/cohorts/{slug}")).Status);
        Assert.Contains("You have joined", (await visitor.GetAsync($"/invitations/{token}")).Text("main"));
        Assert.Contains("has been used", (await instructor.GetAsync($"/invitations/{token}")).Text("main"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/invitations/{new string('0', 64)}")).Status);
        var managed = await instructor.GetAsync(manage);
        Assert.Contains("Ada Lovelace", managed.Text("#learners-heading ~ .connection-list"));
        Assert.Contains("Learners (2)", managed.Text("#learners-heading"));
        Assert.Contains("3 members", (await instructor.GetAsync($"/cohorts/{slug}/people")).Text("main .meta"));
        Assert.Equal("2", (await existing.GetAsync($"/cohorts/{slug}")).Text(".facts div:last-child dd"));
    }

    [Fact]
    public async Task A_malformed_csv_is_rejected_with_the_reason_an_expired_link_no_longer_works_and_only_the_cohorts_instructors_manage_it()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Careful Instructor");
        var (learner, learnerId) = await app.NewLearnerAsync("Curious Learner");
        var (otherInstructor, otherInstructorId) = await app.NewLearnerAsync("Other Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today, members: [(instructorId, CohortRole.Instructor), (learnerId, CohortRole.Learner)]);
        await app.NewCohortAsync(Arrange.Today, members: (otherInstructorId, CohortRole.Instructor));
        foreach (var client in new[] { learner, otherInstructor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/teach/cohorts/{cohort}")).Status);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateAcademyClient().GetAsync($"/teach/cohorts/{cohort}")).Status);
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(otherInstructorId, new Academy.Cohorts.Management.EnrolFromCsv(cohort, "x@example.com,X"), "Instructor"));

        var unclosed = await EnrolAsync(instructor, cohort, "email,name\n\"late@example.com,Late\n");
        Assert.Contains("never closed", unclosed.FieldError("csv-file"));
        Assert.Contains("Nothing was changed", unclosed.FieldError("csv-file"));
        var binary = await EnrolAsync(instructor, cohort, "PK\u0003\u0004\u0000binary");
        Assert.Contains("does not belong in a CSV", binary.FieldError("csv-file"));

        var address = $"late-{Guid.NewGuid():N}@example.com";
        await EnrolAsync(instructor, cohort, $"{address};Late Comer\n");
        var token = InvitationLink().Match((await MailToAsync(address)).Single()).Groups["token"].Value;
        await app.WithDbAsync(async db =>
        {
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
                db.Invitations.Where(i => i.Email == address), setters => setters.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
            return 0;
        });
        Assert.Contains("has expired", (await learner.GetAsync($"/invitations/{token}")).Text("main"));
        await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() => app.SendAsAsync(learnerId, new Academy.Cohorts.Management.AcceptInvitation(token)));

        // Uploading again sends a new link in place of the expired one.
        Assert.Contains("1 invited", (await EnrolAsync(instructor, cohort, $"{address};Late Comer\n")).Text("[role=status]"));
        Assert.Equal(2, (await MailToAsync(address)).Count());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCohortManagementTests(SqliteApp app) : CohortManagementTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCohortManagementTests(PostgresApp app) : CohortManagementTests<PostgresApp>(app);
