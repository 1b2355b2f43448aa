using System.Net.Mail;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

internal static class CohortRules
{
    public const int MaximumCsvRows = 1000;

    public static bool IsEmail(string email) =>
        email.Length <= 256 && MailAddress.TryCreate(email, out var address) && address.Address == email && email.Split('@')[1].Contains('.');

    /// <summary>The cohort, if the caller teaches it (admins too), with its members; otherwise not found.</summary>
    public static async Task<Cohort> TaughtCohortAsync(this ICohortsData data, ICurrentUser currentUser, string cohortSlug, CancellationToken cancellationToken)
    {
        await CohortPeople.LoadTaughtAsync(data, currentUser, cohortSlug, cancellationToken);
        return await data.Cohorts.Include(c => c.Members).SingleAsync(c => c.Slug == cohortSlug, cancellationToken);
    }
}
