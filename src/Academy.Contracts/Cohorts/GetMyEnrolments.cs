using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>The cohorts the current user belongs to, as learner or instructor. Answered by the Cohorts module.</summary>
public sealed record GetMyEnrolments : IRequest<IReadOnlyList<Enrolment>>;
