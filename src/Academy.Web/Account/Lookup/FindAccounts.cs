using Academy.Contracts.Cohorts;
using Academy.Web.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Lookup;

internal sealed class FindAccountsHandler(AcademyDbContext db, IMediator mediator, Academy.Shared.Security.ICurrentUser currentUser)
    : IRequestHandler<FindAccounts, IReadOnlyList<AccountByEmail>>
{
    public async Task<IReadOnlyList<AccountByEmail>> Handle(FindAccounts request, CancellationToken cancellationToken)
    {
        // Who has an account is not for everyone to ask: only those who teach a cohort, and admins.
        if (!await Academy.Shared.Security.CohortAccess.TeachesAnyCohortAsync(mediator, currentUser, cancellationToken))
        {
            throw new Academy.Shared.Errors.NotFoundException($"{currentUser.UserId} teaches no cohort.");
        }

        var normalised = request.Emails.Select(email => email.Trim().ToUpperInvariant()).Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(user => user.NormalizedEmail != null && normalised.Contains(user.NormalizedEmail))
            .Select(user => new AccountByEmail(user.Id, user.Email!, user.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
