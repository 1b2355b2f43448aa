using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Markdown;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Academy.Shared.Security;
using Academy.Shared.Errors;

namespace Academy.Courses.Authoring;

/// <summary>Saves the editor's fields as the draft and publishes it by itself at the given time (UTC); null cancels.</summary>
public sealed record ScheduleModulePublication(string CourseSlug, string ModuleSlug, DateTimeOffset? At) : IRequest;

internal sealed class ScheduleModulePublicationHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ScheduleModulePublication, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ScheduleModulePublication request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        if (request.At is { } at && at <= clock.GetUtcNow())
        {
            throw new RuleViolation("Choose a time in the future, or publish now.", nameof(ScheduleModulePublication.At));
        }

        module.SchedulePublication(request.At);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>Publishes the drafts whose time has come, as their authors would have.</summary>
internal sealed class ScheduledPublisher(ICoursesData data, IMarkdownRenderer markdown, TimeProvider clock, ModuleReleaseCache releases,
    ILogger<ScheduledPublisher> logger)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var courses = await data.Courses.Include(c => c.Modules).ThenInclude(m => m.Revisions).AsSplitQuery()
            .Where(c => c.Modules.Any(m => m.PublishDraftAt != null && m.PublishDraftAt <= now && m.DraftText != null))
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var course in courses)
        {
            foreach (var module in course.Modules.Where(m => m.PublishDraftAt <= now && m.DraftText is not null))
            {
                var text = module.DraftText!;
                module.PublishRevision(ContentFiles.ContentOf(ContentFiles.ParseModule(text), markdown), ContentFiles.Hash(text), "editor (scheduled)",
                    now, module.Position, text, module.DraftAuthorName ?? "An instructor");
                module.DiscardDraft();
                published++;
                logger.LogInformation("Published the scheduled draft of {Course}/{Module}", course.Slug, module.Slug);
            }

            course.RefreshOutline();
        }

        await data.SaveChangesAsync(cancellationToken);
        foreach (var course in courses)
        {
            releases.ForgetCourse(course.Slug);
        }

        return published;
    }
}

/// <summary>Looks for drafts due to be published once a minute.</summary>
internal sealed class ScheduledPublishingService(IServiceScopeFactory scopes, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scheduled publishing failed; it is tried again in a minute");
            }
        }
    }
}
