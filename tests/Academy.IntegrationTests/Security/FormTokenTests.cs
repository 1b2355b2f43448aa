using System.Net;
using System.Security.Cryptography;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// Form tokens as the app protects them (<see cref="RememberedFormTokens"/>): remembered for the same person and cookie,
/// still refused for anyone else, altered or unknown, and nothing else data protection protects is remembered. Over the
/// app's own data protection keys.
/// </summary>
public abstract class FormTokenTests<TApp>(TApp app) where TApp : AcademyApp
{
    private IDataProtectionProvider Provider() => app.Services.GetRequiredService<IDataProtectionProvider>();

    private static string SignOutToken(Page page) =>
        page.Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> SignOutAsync(AcademyClient client, string token) => client.Http.PostAsync("/Account/Logout",
        new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    [Fact]
    public void The_app_protects_form_tokens_through_the_remembering_provider() => Assert.IsType<RememberedFormTokens>(Provider());

    [Fact]
    public void Only_form_tokens_are_remembered()
    {
        byte[] plaintext = [1, 2, 3, 4];
        var formTokens = Provider().CreateProtector(RememberedFormTokens.FormTokenPurpose);
        var other = Provider().CreateProtector("Academy.Tests.AnotherPurpose");

        Assert.Equal(formTokens.Protect(plaintext), formTokens.Protect(plaintext));
        Assert.NotEqual(other.Protect(plaintext), other.Protect(plaintext)); // data protection's own: a new IV each time
    }

    [Fact]
    public void A_remembered_token_is_refused_altered_and_each_read_gets_its_own_copy()
    {
        var formTokens = Provider().CreateProtector(RememberedFormTokens.FormTokenPurpose);
        byte[] plaintext = [9, 8, 7, 6, 5];
        var protectedText = formTokens.Protect(plaintext);

        var first = formTokens.Unprotect(protectedText);
        first[0] = 0;
        var altered = protectedText.ToArray();
        altered[^1] ^= 1;

        Assert.Equal(plaintext, formTokens.Unprotect(protectedText));
        Assert.ThrowsAny<CryptographicException>(() => formTokens.Unprotect(altered));
        Assert.ThrowsAny<CryptographicException>(() => formTokens.Unprotect(altered)); // a failure is not remembered as anything
        Assert.ThrowsAny<CryptographicException>(() => formTokens.Unprotect(protectedText[..^1]));
        var givenToAnotherPurpose = Provider().CreateProtector("Academy.Tests.AnotherPurpose").Protect(plaintext);
        Assert.ThrowsAny<CryptographicException>(() => formTokens.Unprotect(givenToAnotherPurpose));
    }

    [Fact]
    public async Task The_same_person_gets_the_same_token_on_every_page_and_it_is_accepted()
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner6@academy.test");

        var token = SignOutToken(await client.GetAsync("/"));

        Assert.Equal(token, SignOutToken(await client.GetAsync("/notifications")));
        Assert.Equal(HttpStatusCode.Redirect, (await SignOutAsync(client, token)).StatusCode);
    }

    [Fact]
    public async Task A_token_given_to_one_person_is_refused_in_another_persons_session()
    {
        using var given = app.CreateAcademyClient();
        await given.SignInAsync("learner7@academy.test");
        using var other = app.CreateAcademyClient();
        await other.SignInAsync("learner3@academy.test");
        var token = SignOutToken(await given.GetAsync("/"));
        var othersOwn = SignOutToken(await other.GetAsync("/"));

        Assert.NotEqual(token, othersOwn);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignOutAsync(other, token)).StatusCode);
        Assert.NotEmpty((await other.GetAsync("/")).Text(".account-name")); // still signed in
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFormTokenTests(SqliteApp app) : FormTokenTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFormTokenTests(PostgresApp app) : FormTokenTests<PostgresApp>(app);
