using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Instances;

/// <summary>
/// Two instances behind a load balancer share the keys that protect cookies and form tokens through their database:
/// a person signed in on one is signed in on the other, and a form rendered by one is accepted by the other.
/// </summary>
public abstract class SharedCookieKeysTests(string provider)
{
    [Fact]
    public async Task A_sign_in_and_a_form_made_on_one_instance_are_accepted_by_the_other()
    {
        using var instances = AppInstances.Start(provider, 2);
        var browser = instances.BrowserAcrossInstances();
        var (onA, onB) = (browser[0], browser[1]);

        await onA.SignInAsync("learner1@academy.test");
        var accountOnB = await onB.GetAsync("/Account/Manage");
        var formFromA = await onA.GetAsync("/Account/Manage");
        var postedToB = await onB.SubmitAsync(formFromA, "email-preferences", new Dictionary<string, string> { ["Choices[Announcement]"] = "InApp" });

        Assert.Equal(HttpStatusCode.OK, accountOnB.Status); // a visitor would be sent to sign in
        Assert.Equal("Your account", accountOnB.Heading);
        Assert.Equal(HttpStatusCode.Redirect, postedToB.Status); // a token B could not read would be 400
        Assert.Equal("/Account/Manage?saved=email", postedToB.RedirectedTo);
        Assert.Equal(Academy.Web.Email.EmailDelivery.InApp, await instances[0].WithDbAsync(db => db.EmailPreferences
            .Where(p => p.Kind == Academy.Contracts.Cohorts.NotificationKind.Announcement && db.Users.Any(user => user.Id == p.UserId && user.Email == "learner1@academy.test"))
            .Select(p => p.Delivery).SingleAsync()));
    }

    [Fact]
    public async Task The_instances_share_one_key_kept_in_the_database_readable_when_no_certificate_is_configured()
    {
        using var instances = AppInstances.Start(provider, 2);
        var browser = instances.BrowserAcrossInstances();
        await browser[0].SignInAsync("learner2@academy.test");
        Assert.Equal(HttpStatusCode.OK, (await browser[1].GetAsync("/Account/Manage")).Status);

        var keys = await instances[1].WithDbAsync(db => db.DataProtectionKeys.Select(key => key.Xml!).ToListAsync());

        var key = Assert.Single(keys); // made by the first instance to start; the second found it
        Assert.Contains("<masterKey", key);
        Assert.DoesNotContain("EncryptedData", key); // without a certificate the key is stored as it is (README)
    }
}

public sealed class SqliteSharedCookieKeysTests() : SharedCookieKeysTests("Sqlite")
{
    [Fact]
    public async Task With_a_certificate_configured_the_keys_are_stored_encrypted_and_still_shared()
    {
        var folder = Directory.CreateTempSubdirectory("academy-certificate-").FullName;
        var certificatePath = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Academy data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "a test passphrase"));
        }

        using var instances = AppInstances.Start("Sqlite", 2, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = certificatePath,
            ["DataProtection:CertificatePassword"] = "a test passphrase",
        });
        var browser = instances.BrowserAcrossInstances();
        await browser[0].SignInAsync("learner3@academy.test");
        var accountOnB = await browser[1].GetAsync("/Account/Manage");
        var key = Assert.Single(await instances[0].WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync()));

        Assert.Equal(HttpStatusCode.OK, accountOnB.Status);
        Assert.Contains("EncryptedData", key);
        Assert.DoesNotContain("<masterKey", key);
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class PostgresSharedCookieKeysTests() : SharedCookieKeysTests("Postgres");
