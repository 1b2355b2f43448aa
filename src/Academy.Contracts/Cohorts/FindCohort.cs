using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>A cohort the current user may see, by slug (members, instructors, admins); null otherwise. Answered by the Cohorts module.</summary>
public sealed record FindCohort(string CohortSlug) : IRequest<Enrolment?>;
