using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Creates a course (admins, and people who teach a cohort); its creator authors it.</summary>
/// <param name="Language">The language its content will be written in (<c>en</c>, <c>fi</c>, ...).</param>
public sealed record CreateCourse(string Title, string Slug, string Summary, int? Hours, string Language) : IRequest;

internal sealed class CreateCourseValidator : AbstractValidator<CreateCourse>
{
    public CreateCourseValidator(IStringLocalizer<CoursesText> t)
    {
        RuleFor(r => r.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the course a title."]).MaximumLength(200);
        RuleFor(r => r.Slug).Must(ContentFiles.IsSlug)
            .WithMessage(_ => t["Lower-case letters, digits and hyphens, for example digital-leadership: it is part of the course's address."]);
        RuleFor(r => r.Summary).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Say in a sentence what the course is."]).MaximumLength(1000);
        RuleFor(r => r.Language).Must(language => AcademyCultures.TryContentLanguage(language, out _))
            .WithMessage(_ => t["Choose the language the course is written in."]);
        RuleFor(r => r.Hours).NotNull().WithMessage(_ => t["Estimate the hours."]).InclusiveBetween(1, 500).WithMessage(_ => t["Between 1 and 500 hours."]);
    }
}

internal sealed class CreateCourseHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock,
    IStringLocalizer<CoursesText> t, Learning.Schedule.ModuleReleaseCache releases)
    : IRequestHandler<CreateCourse, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CreateCourse request, CancellationToken cancellationToken)
    {
        if (!await mediator.TeachesAnyCohortAsync(currentUser, cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} teaches no cohort.");
        }

        if (await data.Courses.AnyAsync(c => c.Slug == request.Slug, cancellationToken))
        {
            throw new RuleViolation(t["Another course has this slug."], nameof(CreateCourse.Slug));
        }

        AcademyCultures.TryContentLanguage(request.Language, out var language);
        var file = new CourseFile
        {
            Title = request.Title.Trim(), Slug = request.Slug, Summary = request.Summary.Trim(), Hours = request.Hours!.Value, Language = language,
            // The first heading in the course's language where Academy speaks it, else in the author's.
            Body = $"## {(AcademyCultures.IsSupported(language) ? AcademyCultures.In(language, () => t["About this course"].Value) : t["About this course"].Value)}\n\n{request.Summary.Trim()}\n",
        };
        var text = ContentFiles.WriteCourse(file);
        var now = clock.GetUtcNow();
        var course = new Course(file.Slug, now);
        course.Describe(new CourseDescription(file.Title, file.Summary, file.Audience, file.Hours, language, file.Body, file.Credits),
            markdown.RenderCourseContent(file.Body).Html, ContentFiles.Hash(text), now, text);
        course.CreatedInApp(currentUser.UserId);
        data.Courses.Add(course);
        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCourse(course.Slug); // the kept courses (CourseOutlines) learn of it
        return MediatR.Unit.Value;
    }
}
