using Academy.Contracts.Cohorts;
using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// The cohorts the current user belongs to (as <see cref="GetMyEnrolments"/>), each with its next live session that has not
/// ended and is not cancelled, in one query: what My learning shows of the Cohorts module. Answered by the Cohorts module.
/// </summary>
public sealed record GetMyEnrolmentsWithNextSessions : IRequest<IReadOnlyList<EnrolmentWithNextSession>>;

/// <param name="NextSession">Null when the cohort has no session ahead (or going on).</param>
public sealed record EnrolmentWithNextSession(Enrolment Enrolment, LiveSessionSummary? NextSession);
