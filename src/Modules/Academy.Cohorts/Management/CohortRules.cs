using System.Net.Mail;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
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
        // One query: the members come with the cohort to be changed, and they say whether the caller teaches it.
        var cohort = await data.Cohorts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Slug == cohortSlug, cancellationToken);
        var teaches = currentUser.IsInRole(Roles.Admin) || cohort?.Members.Any(m => m.UserId == currentUser.UserId && m.Role == CohortRole.Instructor) == true;
        return cohort is { Members.Count: > 0 } && teaches ? cohort : throw new NotFoundException($"{currentUser.UserId} does not teach {cohortSlug}.");
    }
}
