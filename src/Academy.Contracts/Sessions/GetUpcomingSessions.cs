using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// Every cohort's live sessions that start in [<see cref="From"/>, <see cref="To"/>) and are not cancelled, earliest
/// first, with each cohort's members and their answers: what a reminder job needs. Answered by the Cohorts module.
/// It answers a background job, which has nobody signed in, so it checks no one: only code asks it, never a page.
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetUpcomingSessions(DateTimeOffset From, DateTimeOffset To) : IRequest<IReadOnlyList<LiveSessionInfo>>;
