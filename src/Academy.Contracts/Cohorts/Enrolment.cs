namespace Academy.Contracts.Cohorts;

/// <param name="TimeZone">The cohort's IANA zone: its calendar days (releases, due dates) begin and end there.</param>
/// <param name="HasLiveSessions">Whether the cohort has scheduled any live session: pages of other modules ask for its sessions only then.</param>
public sealed record Enrolment(string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, string TimeZone, CohortRole Role, bool HasLiveSessions = false);
