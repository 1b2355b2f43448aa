using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// A cohort's live sessions tied to one module, in time order, for the module page. Answered by the Cohorts module
/// from memory (a module page stays at its database budget). The module page asks it after it checked that the
/// reader may read the module in that cohort, so it checks no one again; only code asks it, never a page.
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetModuleSessions(string CohortSlug, string ModuleSlug) : IRequest<IReadOnlyList<LiveSessionSummary>>;
