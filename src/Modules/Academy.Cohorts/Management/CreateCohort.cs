using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

internal sealed class CreateCohortValidator : AbstractValidator<CreateCohort>
{
    public CreateCohortValidator(IStringLocalizer<CohortsText> t)
    {
        RuleFor(request => request.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(_ => t["Name the cohort, for example Executive MBA autumn 2027."])
            .MaximumLength(200).WithMessage(_ => t["Keep the name to 200 characters."]);
        RuleFor(request => request.StartsOn).NotNull().WithMessage(_ => t["Choose the start date."]);
    }
}

internal sealed class CreateCohortHandler(ICohortsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<CreateCohort, string>
{
    public async Task<string> Handle(CreateCohort request, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new CanAuthorCourse(request.CourseSlug), cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} cannot start a cohort of {request.CourseSlug}.");
        }

        var baseSlug = Academy.Shared.Text.Slugs.From(request.Name, 40, "cohort");
        var taken = await data.Cohorts.Where(c => c.Slug == baseSlug || c.Slug.StartsWith(baseSlug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        var now = clock.GetUtcNow();
        var cohort = new Cohort(slug, request.Name.Trim(), request.CourseSlug, request.StartsOn!.Value);
        cohort.Enrol(currentUser.UserId, currentUser.DisplayName ?? "Instructor", CohortRole.Instructor, now);
        data.Cohorts.Add(cohort);
        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return slug;
    }
}
