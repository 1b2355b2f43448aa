using System.Buffers.Binary;
using System.Net;
using Academy.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Academy.IntegrationTests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Accounts;

public abstract class AccountTests<TApp>(TApp app) where TApp : AcademyApp
{
    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private static Dictionary<string, string> Registration(string email, string password = "correct horse battery staple", string name = "Maria Example") =>
        new() { ["Input.DisplayName"] = name, ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task Signing_up_creates_a_learner_who_is_signed_in_under_their_name()
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();

        var result = await client.SubmitAsync("/Account/Register", "register", Registration(email));

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var home = await client.GetAsync("/");
        Assert.Equal("Maria Example", home.Text(".account-name"));
        var roles = await app.WithDbAsync(db => (
            from user in db.Users where user.Email == email
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            select role.Name).ToListAsync());
        Assert.Equal(["Learner"], roles);
    }

    [Theory]
    [InlineData("eleven char", "at least 12 characters")]
    [InlineData("", "Choose a password")]
    public async Task A_too_short_password_is_refused_beside_the_field_keeping_what_was_typed(string password, string message)
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();

        var page = await client.SubmitAsync("/Account/Register", "register", Registration(email, password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldError("password"));
        Assert.Equal(email, page.InputValue("email"));
        Assert.Equal("Maria Example", page.InputValue("display-name"));
    }

    [Fact]
    public async Task A_password_over_128_characters_is_refused_and_no_composition_rules_apply()
    {
        using var client = app.CreateAcademyClient();

        var tooLong = await client.SubmitAsync("/Account/Register", "register", Registration(NewEmail(), new string('a', 129)));
        var plainWords = await client.SubmitAsync("/Account/Register", "register", Registration(NewEmail(), "only lowercase words here"));

        Assert.Contains("at most 128", tooLong.FieldError("password"));
        Assert.Equal(HttpStatusCode.Redirect, plainWords.Status);
    }

    [Fact]
    public async Task Signing_up_twice_with_one_email_is_refused_beside_the_email_field()
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();
        await client.SubmitAsync("/Account/Register", "register", Registration(email));

        using var second = app.CreateAcademyClient();
        var page = await second.SubmitAsync("/Account/Register", "register", Registration(email));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.FieldError("email"));
    }

    [Fact]
    public async Task A_password_hashed_with_fewer_iterations_is_hashed_again_at_the_next_sign_in()
    {
        const string password = "correct horse battery staple";
        var email = NewEmail();
        using (var newcomer = app.CreateAcademyClient())
        {
            await newcomer.SubmitAsync("/Account/Register", "register", Registration(email, password));
        }

        Assert.Equal(210_000, await HashIterationsAsync(email));

        // A hash from before the raise: the framework's former 100,000 iterations.
        var olderHash = new PasswordHasher<AcademyUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new AcademyUser(), password);
        await app.WithDbAsync(db => db.Users.Where(user => user.Email == email)
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.PasswordHash, olderHash)));
        Assert.Equal(100_000, await HashIterationsAsync(email));

        using var client = app.CreateAcademyClient();
        await client.SignInAsync(email, password);

        Assert.Equal(210_000, await HashIterationsAsync(email));
        using var again = app.CreateAcademyClient();
        await again.SignInAsync(email, password);
    }

    /// <summary>The iteration count in Identity's V3 hash: format byte, PRF (4 bytes), then the count, big-endian.</summary>
    private async Task<int> HashIterationsAsync(string email)
    {
        var hash = await app.WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.PasswordHash).SingleAsync());
        return BinaryPrimitives.ReadInt32BigEndian(Convert.FromBase64String(hash!).AsSpan(5, 4));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        using var client = app.CreateAcademyClient();

        var wrongPassword = await client.SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "learner3@academy.test", ["Input.Password"] = "not the password at all" });
        var unknownEmail = await client.SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = NewEmail(), ["Input.Password"] = "not the password at all" });

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.NotEmpty(wrongPassword.Text("[role=alert]"));
        Assert.Equal(wrongPassword.Text("[role=alert]"), unknownEmail.Text("[role=alert]"));
        Assert.Equal("learner3@academy.test", wrongPassword.InputValue("email"));
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();
        await client.SubmitAsync("/Account/Register", "register", Registration(email));

        using var attacker = app.CreateAcademyClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await attacker.SubmitAsync("/Account/Login", "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = $"guess number {attempt} wrong" });
        }

        using var owner = app.CreateAcademyClient();
        var page = await owner.SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "correct horse battery staple" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Text("[role=alert]"));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_and_unknown_addresses_look_the_same()
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();
        await client.SubmitAsync("/Account/Register", "register", Registration(email));
        using var visitor = app.CreateAcademyClient();

        var known = await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var unknown = await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "x" + email });

        Assert.Equal(known.Text("[role=status]").Replace(email, "EMAIL"), unknown.Text("[role=status]").Replace("x" + email, "EMAIL"));
        await app.DeliverMailAsync();
        var message = PickupMail.To(app.MailFolder, email).Single();
        Assert.Empty(PickupMail.To(app.MailFolder, "x" + email));

        var link = new Uri(Regex.Match(message, $@"{Regex.Escape(AcademyApp.PublicUrl)}/Account/ResetPassword\?\S+").Value);
        var reset = await visitor.SubmitAsync(link.PathAndQuery, "reset-password",
            new Dictionary<string, string> { ["Input.Password"] = "a brand new passphrase" });
        Assert.Contains("has been changed", reset.Text("[role=status]"));

        using var later = app.CreateAcademyClient();
        await later.SignInAsync(email, "a brand new passphrase");
    }

    [Fact]
    public async Task Changing_the_display_name_shows_in_the_header_and_in_the_cohort()
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner8@academy.test");

        var saved = await client.SubmitAsync("/Account/Manage", "display-name", new Dictionary<string, string> { ["Name.DisplayName"] = "Priya R. Raman" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        Assert.Equal("Priya R. Raman", (await client.GetAsync("/")).Text(".account-name"));
        var copies = await app.WithDbAsync(db => (
            from user in db.Users where user.Email == "learner8@academy.test"
            join member in db.CohortMembers on user.Id equals member.UserId
            select member.DisplayName).ToListAsync());
        Assert.Equal(["Priya R. Raman"], copies);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        using var client = app.CreateAcademyClient();
        var email = NewEmail();
        await client.SubmitAsync("/Account/Register", "register", Registration(email));

        var refused = await client.SubmitAsync("/Account/Manage", "change-password",
            new Dictionary<string, string> { ["Password.CurrentPassword"] = "wrong current one", ["Password.NewPassword"] = "another long passphrase" });
        var changed = await client.SubmitAsync("/Account/Manage", "change-password",
            new Dictionary<string, string> { ["Password.CurrentPassword"] = "correct horse battery staple", ["Password.NewPassword"] = "another long passphrase" });

        Assert.Contains("not your current password", refused.FieldError("current-password"));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        using var later = app.CreateAcademyClient();
        await later.SignInAsync(email, "another long passphrase");
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_and_ends_the_session()
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner4@academy.test");

        var forged = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var home = await client.GetAsync("/");
        var form = home.Document.QuerySelector("form[action='/Account/Logout']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signedOut = await client.Http.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("Courses", (await client.GetAsync("/")).Text("#catalogue-heading"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAccountTests(SqliteApp app) : AccountTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountTests(PostgresApp app) : AccountTests<PostgresApp>(app);
