using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>Makes someone with an account an instructor of the cohort.</summary>
public sealed record AddCohortInstructor(string CohortSlug, string Email) : IRequest;

internal sealed class AddCohortInstructorHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t, Academy.Cohorts.People.DirectoryMemory memory)
    : IRequestHandler<AddCohortInstructor, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AddCohortInstructor request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var account = (await mediator.Send(new FindAccounts([request.Email.Trim()]), cancellationToken)).FirstOrDefault()
            ?? throw new RuleViolation(t["No account has this e-mail address; ask them to create one first."], nameof(AddCohortInstructor.Email));
        cohort.Enrol(account.UserId, account.DisplayName, CohortRole.Instructor, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return MediatR.Unit.Value;
    }
}
