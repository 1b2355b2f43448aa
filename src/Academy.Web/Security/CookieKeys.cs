using System.Security.Cryptography.X509Certificates;
using Academy.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Academy.Web.Security;

/// <summary>
/// The keys that protect sign-in cookies, antiforgery tokens and reset links live in the database every instance
/// shares, under one application name, so a cookie made by one instance is read by any other and survives restarts.
/// With <c>DataProtection:CertificatePath</c> (a .pfx) and <c>DataProtection:CertificatePassword</c> the keys are
/// encrypted by that certificate before they are stored; without them they are stored as they are, readable by
/// whoever can read the database.
/// </summary>
internal static class CookieKeys
{
    public const string ApplicationName = "Academy";

    public static IServiceCollection AddSharedCookieKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AcademyDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(certificatePath, environment.ContentRootPath),
                configuration["DataProtection:CertificatePassword"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath ({certificatePath}) has no private key: the keys it encrypts could not be read back.");
            }

            // Also the certificate that decrypts them, found here rather than in a machine's certificate store.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        return RememberedFormTokens.RememberFormTokens(services);
    }
}
