using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// The next live session of each of these cohorts that has not ended and is not cancelled (cohorts without one are
/// left out), for My learning. Answered by the Cohorts module from memory. Its asker passes the reader's own
/// enrolments, so it checks no one again; only code asks it, never a page.
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetNextSessions(IReadOnlyList<string> CohortSlugs) : IRequest<IReadOnlyDictionary<string, LiveSessionSummary>>;
