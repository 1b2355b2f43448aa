using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Web.Security;

/// <summary>
/// Data protection as the framework's antiforgery uses it, remembering for a minute what it protected and unprotected
/// for form tokens: every signed-in page renders the layout's sign-out form, whose token costs one unprotect (the form
/// token cookie) and one protect (the request token), each a key derived, AES-CBC and an HMAC, a measured 5–9% of a
/// page's CPU, for the same cookie and the same person on every page. Protecting the same token again may give the text
/// given before, which is as valid as a new one; unprotecting finds only the exact text that unprotected before or was
/// given out here, never one that failed. Antiforgery's checks (the request token against the cookie's and the person)
/// are the framework's, unchanged. A data protection key revoked stops a remembered token within the minute. Every other
/// purpose goes to data protection as it is. Each instance remembers its own: a token is read from itself alone.
/// </summary>
internal sealed class RememberedFormTokens(IDataProtectionProvider provider) : IDataProtectionProvider
{
    /// <summary>The purpose the framework's antiforgery token serializer protects its tokens with.</summary>
    public const string FormTokenPurpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

    public IDataProtector CreateProtector(string purpose) =>
        purpose == FormTokenPurpose ? new RememberingProtector(provider.CreateProtector(purpose)) : provider.CreateProtector(purpose);

    /// <summary>Puts the remembering in front of the data protection <see cref="DataProtectionServiceCollectionExtensions.AddDataProtection(IServiceCollection)"/> registered.</summary>
    public static IServiceCollection RememberFormTokens(IServiceCollection services)
    {
        var registered = services.LastOrDefault(service => service.ServiceType == typeof(IDataProtectionProvider))
            ?? throw new InvalidOperationException("Data protection is to be added before its form tokens are remembered.");
        services.Remove(registered);
        services.AddSingleton<IDataProtectionProvider>(provided => new RememberedFormTokens(registered switch
        {
            { ImplementationInstance: IDataProtectionProvider instance } => instance,
            { ImplementationFactory: { } factory } => (IDataProtectionProvider)factory(provided),
            { ImplementationType: { } type } => (IDataProtectionProvider)ActivatorUtilities.CreateInstance(provided, type),
            _ => throw new InvalidOperationException("Data protection's provider is registered in a way not known here."),
        }));
        return services;
    }

    private sealed class RememberingProtector(IDataProtector protector) : IDataProtector
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

        /// <summary>Two or three for each person active in a minute on one instance; under 200 bytes each.</summary>
        private const int MostKept = 16_384;

        private readonly MemoryCache protectedTexts = new(new MemoryCacheOptions { SizeLimit = MostKept });
        private readonly MemoryCache plainTexts = new(new MemoryCacheOptions { SizeLimit = MostKept });

        public IDataProtector CreateProtector(string purpose) => protector.CreateProtector(purpose);

        public byte[] Protect(byte[] plaintext)
        {
            var plainKey = Key(plaintext);
            if (protectedTexts.TryGetValue(plainKey, out byte[]? given))
            {
                return [.. given!];
            }

            var protectedText = protector.Protect(plaintext);
            Remember(protectedTexts, plainKey, protectedText);
            Remember(plainTexts, Key(protectedText), plaintext);
            return protectedText;
        }

        public byte[] Unprotect(byte[] protectedData)
        {
            var protectedKey = Key(protectedData);
            if (plainTexts.TryGetValue(protectedKey, out byte[]? known))
            {
                return [.. known!];
            }

            var plaintext = protector.Unprotect(protectedData);
            Remember(plainTexts, protectedKey, plaintext);
            return plaintext;
        }

        /// <summary>A string with a character for each byte: a dictionary key that compares the bytes exactly.</summary>
        private static string Key(byte[] bytes) => Encoding.Latin1.GetString(bytes);

        private static void Remember(MemoryCache cache, string key, byte[] value) =>
            cache.Set(key, value.ToArray(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
    }
}
