using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// A cohort's instructor (or an admin) moves the day a module opens for the cohort; the default date (weekly from
/// the start) removes the cohort's own entry. Sent from the cohort's page; answered by the Courses module.
/// </summary>
public sealed record ChangeModuleRelease(string CohortSlug, string ModuleSlug, DateOnly ReleasesOn) : IRequest;
