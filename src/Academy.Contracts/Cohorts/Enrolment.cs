namespace Academy.Contracts.Cohorts;

/// <param name="HasLiveSessions">Whether the cohort has scheduled any live session: pages of other modules ask for its sessions only then.</param>
public sealed record Enrolment(string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, CohortRole Role, bool HasLiveSessions = false);
