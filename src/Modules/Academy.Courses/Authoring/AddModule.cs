using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Adds a module at the end of the course, as a draft nobody reads until it is published.</summary>
public sealed record AddModule(string CourseSlug, string Title, string Slug) : IRequest;

internal sealed class AddModuleValidator : AbstractValidator<AddModule>
{
    public AddModuleValidator(IStringLocalizer<CoursesText> t)
    {
        RuleFor(r => r.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the module a title."]).MaximumLength(200);
        RuleFor(r => r.Slug).Must(ContentFiles.IsSlug)
            .WithMessage(_ => t["Lower-case letters, digits and hyphens, for example your-radar: it is part of the module's address."]);
    }
}

internal sealed class AddModuleHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CoursesText> t) : IRequestHandler<AddModule, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AddModule request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        if (course.Modules.Any(m => m.Slug == request.Slug))
        {
            throw new RuleViolation(t["Another module of this course has this slug."], nameof(AddModule.Slug));
        }

        var position = course.Modules.Select(m => m.Position).DefaultIfEmpty(0).Max() + 1;
        var module = new CourseModule(course.Id, request.Slug, position);
        module.SaveDraft(ContentFiles.WriteModule(new ModuleFile
        {
            Title = request.Title.Trim(), Slug = request.Slug, Order = position, Minutes = 10,
            Body = t["Write the module here. Headings of level 2 make its contents list."],
        }), currentUser.DisplayName ?? AuthorNames.Unnamed, clock.GetUtcNow());
        course.Modules.Add(module);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
