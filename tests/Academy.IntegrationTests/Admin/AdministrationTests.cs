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
        // One form a person; the button pressed says what changes.
        await admin.SubmitAsync(found, $"person-{personId}", new Dictionary<string, string> { ["change"] = "give-Instructor" });
        Assert.Contains("Instructor", (await admin.GetAsync("/admin?find=future")).Text(".admin-users td"));

        var lockPage = await admin.GetAsync("/admin?find=locked");
        var lockForm = lockPage.Document.QuerySelector("form input[name=_handler][value^='person-']")!.GetAttribute("value")!;
        Assert.NotNull(lockPage.Document.QuerySelector($"form[id='{lockForm}'] button[name=change][value=lock]"));
        await admin.SubmitAsync(lockPage, lockForm, new Dictionary<string, string> { ["change"] = "lock" });
        Assert.Contains("Locked", (await admin.GetAsync("/admin?find=locked")).Text(".admin-users"));
        var email = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.DisplayName == "Locked Out Person").Select(u => u.Email!)));
        var again = app.CreateAcademyClient();
        var refused = await again.SubmitAsync("/Account/Login", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase" });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.Status);

        var overview = await admin.GetAsync("/admin");
        Assert.Contains("Executive MBA 2026", overview.Text("#courses-heading ~ ul"));
        Assert.Contains("Elina Saarinen", overview.Text("#courses-heading ~ ul"));
        // Each cohort's line says how many learners it has, as the database counts them.
        var learnersBySlug = (await app.WithDbAsync(db =>
            {
                var members = db.CohortMembers;
                return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Cohorts.Select(c =>
                    new { c.Slug, Learners = members.Count(m => m.CohortId == c.Id && m.Role == Academy.Contracts.Cohorts.CohortRole.Learner) }));
            }))
            .ToDictionary(c => c.Slug, c => c.Learners);
        var cohortLines = overview.Document.QuerySelectorAll("section[aria-labelledby=courses-heading] li");
        Assert.NotEmpty(cohortLines);
        Assert.All(cohortLines, line =>
        {
            var learners = learnersBySlug[line.QuerySelector("a")!.GetAttribute("href")!["/teach/cohorts/".Length..]];
            Assert.Contains(learners == 1 ? "1 learner ·" : $"{learners} learners ·", line.TextContent);
        });
    }

    [Fact]
    public async Task Admins_page_through_2000_people_by_fifty_in_name_order_with_the_search_kept_and_the_commands_of_ten()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        static Academy.Web.Identity.AcademyUser Account(string name, string email) => new()
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        await app.WithDbAsync(db =>
        {
            db.Users.AddRange(Enumerable.Range(0, 2000).Reverse().Select(i => Account($"Paged {tag} {i:0000}", $"paged-{tag}-{i:0000}@example.com")));
            db.Users.AddRange(Enumerable.Range(0, 10).Select(i => Account($"Few {tag} {i:00}", $"few-{tag}-{i:00}@example.com")));
            return db.SaveChangesAsync();
        });
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        static IReadOnlyList<string> Names(Page page) =>
            page.Document.QuerySelectorAll(".admin-users tbody th > span:first-child").Select(name => name.TextContent.Trim()).ToList();

        var few = await admin.GetAsync($"/admin?find=few+{tag}");
        Assert.Equal(10, Names(few).Count);
        Assert.Empty(few.Document.QuerySelectorAll("nav.list-pages"));

        var first = $"/admin?find=paged%20{tag}";
        var pages = new List<Page> { await admin.GetAsync(first) };
        while (pages[^1].Document.QuerySelector("nav.list-pages a[rel=next]")?.GetAttribute("href") is { } next)
        {
            Assert.Contains($"find=paged%20{tag}", next);
            pages.Add(await admin.GetAsync(next));
            Assert.NotNull(pages[^1].Document.QuerySelector($"nav.list-pages[aria-label] a[href='{first}']"));
        }

        Assert.Equal(Enumerable.Range(0, 2000).Select(i => $"Paged {tag} {i:0000}"), pages.SelectMany(Names));
        Assert.Equal(40, pages.Count);
        Assert.All(pages, page => Assert.Equal(few.DbCommands, page.DbCommands));
        // An admin who gives a role on a later page comes back to that page.
        var later = pages[7];
        var someone = later.Document.QuerySelector("form input[name=_handler][value^='person-']")!.GetAttribute("value")!;
        var changed = await admin.SubmitAsync(later, someone, new Dictionary<string, string> { ["change"] = "give-Instructor" });
        Assert.Equal(later.Url, changed.RedirectedTo);
        // Given a second role, they are still one row of the fifty, with both roles.
        var again = await admin.SubmitAsync(await admin.GetAsync(later.Url), someone, new Dictionary<string, string> { ["change"] = "give-Admin" });
        var withRoles = await admin.GetAsync(again.RedirectedTo!);
        Assert.Equal(Names(later), Names(withRoles));
        var row = withRoles.Document.QuerySelectorAll(".admin-users tbody tr").Single(tr => tr.QuerySelector($"button[form='{someone}']") is not null);
        Assert.Equal("Administrator, Instructor", row.QuerySelector("td[data-label] > span")!.TextContent);
    }

    [Fact]
    public async Task A_persons_role_buttons_submit_their_one_form_and_a_change_refused_says_why_above_the_table()
    {
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        var adminId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == "admin@academy.test").Select(u => u.Id)));
        var mine = await admin.GetAsync("/admin?find=admin%40academy.test");
        var form = $"person-{adminId}";
        // The role buttons sit in the roles cell, outside the form, and name it; one's own row has no lock button.
        Assert.Equal(["give-Instructor", "take-Admin"],
            mine.Document.QuerySelectorAll($"td button[form='{form}'][name=change]").Select(button => button.GetAttribute("value")!).Order().ToList());
        Assert.Empty(mine.Document.QuerySelectorAll($"form[id='{form}'] button"));

        var refused = await admin.SubmitAsync(mine, form, new Dictionary<string, string> { ["change"] = "take-Admin" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("You cannot take the Admin role from yourself", refused.Text(".form-errors"));
        var unknown = await admin.SubmitAsync(mine, form, new Dictionary<string, string> { ["change"] = "give-Owner" });
        Assert.Contains("Only the Instructor and Admin roles are given here", unknown.Text(".form-errors"));
        Assert.Contains("Administrator", (await admin.GetAsync("/admin?find=admin%40academy.test")).Text(".admin-users td"));
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
