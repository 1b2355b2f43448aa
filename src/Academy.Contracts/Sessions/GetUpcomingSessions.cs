using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// Every cohort's live sessions that start in [<see cref="From"/>, <see cref="To"/>) and are not cancelled, earliest
/// first, with each cohort's members and their answers: what a reminder job needs. Answered by the Cohorts module.
/// It answers the reminders' background job, which has nobody signed in; within a web request only administrators
/// may ask it (it spans every cohort).
/// </summary>
[Academy.Contracts.Access.AllowBackgroundJob]
[Academy.Contracts.Access.RequiresRole(Academy.Contracts.Access.Roles.Admin)]
public sealed record GetUpcomingSessions(DateTimeOffset From, DateTimeOffset To) : IRequest<IReadOnlyList<LiveSessionInfo>>;
