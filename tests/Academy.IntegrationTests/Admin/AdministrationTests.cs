using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Admin;

/// <summary>Admins find people, give and take roles, lock accounts, and see every course and cohort; nobody else does.</summary>
public abstract class AdministrationTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task An_admin_makes_someone_an_instructor_locks_an_account_and_sees_every_cohort_and_nobody_else_can()
    {
        var (person, personId) = await app.NewLearnerAsync("Future Instructor");
        var (troublemaker, _) = await app.NewLearnerAsync("Locked Out Person");
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");

        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/admin")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateAcademyClient().GetAsync("/admin")).Status);
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(personId, new Academy.Web.Admin.ChangeRole(personId, "Admin", true), "Learner", "Instructor"));

        var found = await admin.GetAsync("/admin?find=future");
        Assert.Contains("Future Instructor", found.Text(".admin-users"));
        Assert.DoesNotContain("Locked Out Person", found.Text(".admin-users"));
        await admin.SubmitAsync(found, $"role-Instructor-{personId}", new Dictionary<string, string>());
        Assert.Contains("Instructor", (await admin.GetAsync("/admin?find=future")).Text(".admin-users td"));

        var lockPage = await admin.GetAsync("/admin?find=locked");
        var lockForm = lockPage.Document.QuerySelector("form input[name=_handler][value^='lock-']")!.GetAttribute("value")!;
        await admin.SubmitAsync(lockPage, lockForm, new Dictionary<string, string>());
        Assert.Contains("Locked", (await admin.GetAsync("/admin?find=locked")).Text(".admin-users"));
        var email = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.DisplayName == "Locked Out Person").Select(u => u.Email!)));
        var again = app.CreateAcademyClient();
        var refused = await again.SubmitAsync("/Account/Login", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase" });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.Status);

        var overview = await admin.GetAsync("/admin");
        Assert.Contains("Executive MBA 2026", overview.Text("#courses-heading ~ ul"));
        Assert.Contains("Elina Saarinen", overview.Text("#courses-heading ~ ul"));
    }

    [Fact]
    public async Task The_account_named_in_settings_becomes_admin_when_it_signs_up()
    {
        using var configured = new FirstAdminApp();
        var client = configured.CreateAcademyClient();
        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "First Admin", ["Input.Email"] = "Boss@Example.com", ["Input.Password"] = "a long enough passphrase",
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).Status);

        var other = configured.CreateAcademyClient();
        await other.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Not The Boss", ["Input.Email"] = "someone@example.com", ["Input.Password"] = "a long enough passphrase",
        });
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/admin")).Status);
    }

    private sealed class FirstAdminApp : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Accounts:AdminEmail"] = "boss@example.com" };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAdministrationTests(SqliteApp app) : AdministrationTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdministrationTests(PostgresApp app) : AdministrationTests<PostgresApp>(app);
