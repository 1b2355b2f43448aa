using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Courses.Resources;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>
/// Says which language the course's content is written in (what course.md's <c>language:</c> says): its pages mark the
/// course's words with it. The course file says it too, so an export carries it.
/// </summary>
public sealed record ChangeCourseLanguage(string CourseSlug, string Language) : IRequest;

internal sealed class ChangeCourseLanguageValidator : AbstractValidator<ChangeCourseLanguage>
{
    public ChangeCourseLanguageValidator(IStringLocalizer<CoursesText> t) =>
        RuleFor(r => r.Language).Must(language => AcademyCultures.TryContentLanguage(language, out _))
            .WithMessage(_ => t["Choose the language the course is written in."]);
}

internal sealed class ChangeCourseLanguageHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, ModuleReleaseCache releases)
    : IRequestHandler<ChangeCourseLanguage, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeCourseLanguage request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        AcademyCultures.TryContentLanguage(request.Language, out var language);
        if (course.ChangeLanguage(language, ContentFiles.WithLanguage(course.FileText, language), clock.GetUtcNow()))
        {
            await data.SaveChangesAsync(cancellationToken);
            releases.ForgetCourse(course.Slug); // other modules' pages learn the course's language with its release days
        }

        return MediatR.Unit.Value;
    }
}
