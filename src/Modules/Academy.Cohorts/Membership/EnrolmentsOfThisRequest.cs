using Academy.Contracts.Cohorts;

namespace Academy.Cohorts.Membership;

/// <summary>
/// An admin's place in the cohorts they are not a member of, already read during this request (one per scope): a page
/// whose parts come from several modules has each of them check the caller's place in the same cohort
/// (<see cref="FindCohort"/>), and only the first check reads the database. Members' own places are kept across requests
/// (<see cref="EnrolmentMemory"/>). Only places found are kept; a request that changes someone's membership leaves the
/// page with a redirect, so no later check in it needs the change.
/// </summary>
internal sealed class EnrolmentsOfThisRequest
{
    private readonly Dictionary<(string UserId, string CohortSlug), Enrolment> known = [];

    public Enrolment? Find(string userId, string cohortSlug) => known.GetValueOrDefault((userId, cohortSlug));

    public Enrolment Remember(string userId, Enrolment enrolment)
    {
        known[(userId, enrolment.CohortSlug)] = enrolment;
        return enrolment;
    }
}
