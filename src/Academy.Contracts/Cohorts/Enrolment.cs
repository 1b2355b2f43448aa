namespace Academy.Contracts.Cohorts;

public sealed record Enrolment(string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, CohortRole Role);
