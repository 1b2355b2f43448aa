using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// The accounts with these e-mail addresses (those that exist), for enrolling people by e-mail. Answered by the
/// host, which owns accounts; only people who teach a cohort, and admins, get an answer.
/// </summary>
public sealed record FindAccounts(IReadOnlyList<string> Emails) : IRequest<IReadOnlyList<AccountByEmail>>;

public sealed record AccountByEmail(string UserId, string Email, string DisplayName);
