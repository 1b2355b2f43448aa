using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Saves the editor's fields as the module's draft; learners still read the published revision.</summary>
public sealed record SaveModuleDraft(string CourseSlug, string ModuleSlug, ModuleFields Fields) : IRequest;

internal sealed class ModuleFieldsValidator : AbstractValidator<ModuleFields>
{
    public ModuleFieldsValidator(IStringLocalizer<CoursesText> t)
    {
        RuleFor(f => f.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the module a title."]).MaximumLength(200);
        RuleFor(f => f.Minutes).InclusiveBetween(1, 600).WithMessage(_ => t["Reading time is between 1 and 600 minutes."]);
        RuleFor(f => f.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => t["Write the module's text."]);
        RuleForEach(f => f.DiscussionPrompts).Where(p => !p.IsEmpty).ChildRules(prompt =>
        {
            prompt.RuleFor(p => p.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the prompt a title."]);
            prompt.RuleFor(p => p.Prompt).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Write the prompt."]);
        });
        RuleForEach(f => f.ReflectionPrompts).Where(p => !p.IsEmpty).ChildRules(prompt =>
        {
            prompt.RuleFor(p => p.Slug).Must(s => ContentFiles.IsSlug(s.Trim()))
                .WithMessage(_ => t["Lower-case letters, digits and hyphens, for example my-radar: it is part of the reflection's address."]);
            prompt.RuleFor(p => p.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the prompt a title."]);
            prompt.RuleFor(p => p.Prompt).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Write the prompt."]);
            prompt.RuleFor(p => p.Criteria).Must(c => c.Any(criterion => !criterion.IsEmpty)).WithMessage(_ => t["A rubric needs at least one criterion."]);
            prompt.RuleForEach(p => p.Criteria).Where(c => !c.IsEmpty).ChildRules(criterion =>
            {
                criterion.RuleFor(c => c.Criterion).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Name the criterion."]);
                criterion.RuleFor(c => c.Levels).Must(levels => levels.Count(l => !l.IsEmpty) >= 2).WithMessage(_ => t["A criterion needs at least two levels."])
                    .Must(levels => levels.Where(l => !l.IsEmpty).Select(l => l.Points).Distinct().Count() == levels.Count(l => !l.IsEmpty))
                    .WithMessage(_ => t["Each level needs its own number of points."]);
                criterion.RuleForEach(c => c.Levels).Where(l => !l.IsEmpty).ChildRules(level =>
                {
                    level.RuleFor(l => l.Name).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Name the level."]);
                    level.RuleFor(l => l.Points).NotNull().WithMessage(_ => t["Points are required."]).InclusiveBetween(0, 100).WithMessage(_ => t["Points are between 0 and 100."]);
                });
            });
        });
        RuleFor(f => f.ReflectionPrompts)
            .Must(prompts => prompts.Where(p => !p.IsEmpty).Select(p => p.Slug.Trim()).Distinct().Count() == prompts.Count(p => !p.IsEmpty))
            .WithMessage(_ => t["Each reflection prompt needs its own slug."]);
        RuleForEach(f => f.FurtherReading).Where(r => !r.IsEmpty).ChildRules(reading =>
        {
            reading.RuleFor(r => r.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Give the reading a title."]);
            reading.RuleFor(r => r.Url).Must(Academy.Shared.Text.WebAddress.IsEmptyOrHttps)
                .WithMessage(_ => t["A link starts with https://."]);
        });
    }
}

internal sealed class SaveModuleDraftValidator : AbstractValidator<SaveModuleDraft>
{
    public SaveModuleDraftValidator(IStringLocalizer<CoursesText> t) => RuleFor(request => request.Fields).SetValidator(new ModuleFieldsValidator(t));
}

internal sealed class SaveModuleDraftHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CoursesText> t)
    : IRequestHandler<SaveModuleDraft, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SaveModuleDraft request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        var module = course.ModuleOf(request.ModuleSlug);

        // Reflection assignments are keyed by slug across the course: a slug must not be another module's.
        var otherSlugs = course.Modules.Where(m => m.Id != module.Id && m.PublishedRevisionNumber > 0)
            .SelectMany(m => m.Revisions.Single(r => r.Number == m.PublishedRevisionNumber).ReflectionPrompts.Select(p => p.Slug))
            .ToHashSet(StringComparer.Ordinal);
        var clashes = request.Fields.ReflectionPrompts
            .Select((prompt, index) => (prompt, index))
            .Where(item => !item.prompt.IsEmpty && otherSlugs.Contains(item.prompt.Slug.Trim()))
            .Select(item => new RuleMessage($"Fields.ReflectionPrompts[{item.index}].Slug", t["Another module already has a reflection prompt with this slug."]))
            .ToList();
        if (clashes.Count > 0)
        {
            throw new RuleViolation(clashes);
        }

        var text = ContentFiles.WriteModule(request.Fields.ToFile(module.Slug, module.Position));
        ContentFiles.ParseModule(text); // the same checks as an imported file: what is saved can always be published
        module.SaveDraft(text, currentUser.DisplayName ?? AuthorNames.Unnamed, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
