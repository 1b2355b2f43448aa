using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// The accounts with these e-mail addresses (those that exist), for enrolling people by e-mail. Answered by the
/// host, which owns accounts; only people who teach a cohort, and admins, get an answer.
/// </summary>
public sealed record FindAccounts(IReadOnlyList<string> Emails) : IRequest<IReadOnlyList<AccountByEmail>>;

public sealed record AccountByEmail(string UserId, string Email, string DisplayName);

/// <summary>
/// Starts a new cohort of a course on a date; the one who creates it becomes its instructor. Sent from the
/// course's authoring page; answered by the Cohorts module. Returns the new cohort's slug.
/// </summary>
public sealed record CreateCohort(string CourseSlug, string Name, DateOnly? StartsOn) : IRequest<string>;

/// <summary>Every cohort with its course, start, instructors and size, for administrators. Answered by the Cohorts module.</summary>
[Academy.Contracts.Access.RequiresRole(Academy.Contracts.Access.Roles.Admin)]
public sealed record ListAllCohorts : IRequest<IReadOnlyList<CohortOverview>>;

public sealed record CohortOverview(string Slug, string Name, string CourseSlug, DateOnly StartsOn, IReadOnlyList<string> Instructors, int Learners);
