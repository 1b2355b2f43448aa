using Academy.Contracts.Courses;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Markdown;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Demo;

/// <summary>The instructor's review of a demo reflection: points per rubric criterion, feedback, and whether it is complete or returned.</summary>
public sealed record DemoReview(IReadOnlyList<int> Scores, string Feedback, bool Complete, string ReviewerName, DateTimeOffset At);

/// <summary>A cohort member's comment on a reflection shared in the gallery.</summary>
public sealed record DemoComment(string UserId, string Name, string Markdown, DateTimeOffset At);

/// <summary>A learner's request for more time, waiting for the instructor.</summary>
public sealed record DemoExtensionRequest(DateOnly Until, string Reason, DateTimeOffset At);

/// <summary>
/// A learner's reflection in the demo: a draft saved at <see cref="WrittenAt"/>, submitted then when
/// <see cref="Submitted"/> (late if after the due date, as for anyone), then reviewed, shared and commented on.
/// </summary>
public sealed record DemoReflection(string AssignmentSlug, string UserId, string AuthorName, string Markdown, DateTimeOffset WrittenAt, bool Submitted,
    DemoReview? Review = null, bool SharedWithCohort = false, IReadOnlyList<DemoComment>? Comments = null, DemoExtensionRequest? ExtensionRequest = null);

/// <summary>The words of the module's notifications that the demo's people find waiting, the same as a real review or comment writes.</summary>
public static class DemoReflectionNotices
{
    public static Words Reviewed(string reviewerName, string assignmentTitle, int points, int maxPoints) =>
        new(typeof(ReflectionsText), "{0} reviewed your reflection “{1}”: {2} of {3} points", reviewerName, assignmentTitle, points, maxPoints);

    public static Words CommentedOn(string authorName, string assignmentTitle) =>
        new(typeof(ReflectionsText), "{0} commented on your reflection “{1}”", authorName, assignmentTitle);
}

/// <summary>Writes a demo cohort's reflections once, with the times the script gives. Used in Development only.</summary>
public interface IDemoReflectionsSeeder
{
    /// <summary>False when the cohort already has reflections (nothing is written then).</summary>
    Task<bool> SeedAsync(string cohortSlug, string courseSlug, DateOnly startsOn, IReadOnlyList<DemoReflection> reflections, CancellationToken cancellationToken);
}

internal sealed class DemoReflectionsSeeder(IReflectionsData data, IMediator mediator, IMarkdownRenderer markdown) : IDemoReflectionsSeeder
{
    // The demo cohort is created in the default zone.
    private const string DemoZone = ZonedTime.DefaultZone;

    public async Task<bool> SeedAsync(string cohortSlug, string courseSlug, DateOnly startsOn, IReadOnlyList<DemoReflection> reflections,
        CancellationToken cancellationToken)
    {
        if (await data.Reflections.AnyAsync(r => r.CohortSlug == cohortSlug, cancellationToken))
        {
            return false;
        }

        var assignments = (await mediator.Send(new GetReflectionAssignments(courseSlug, cohortSlug, startsOn, DemoZone), cancellationToken))
            .ToDictionary(assignment => assignment.Slug);
        foreach (var demo in reflections)
        {
            var assignment = assignments[demo.AssignmentSlug];
            var reflection = new Reflection(cohortSlug, assignment.Slug, demo.UserId, demo.AuthorName);
            if (demo.ExtensionRequest is { } extension)
            {
                reflection.RequestExtension(extension.Until, extension.Reason, extension.At);
            }

            reflection.SaveDraft(demo.Markdown, reflection.DraftVersion, demo.WrittenAt);
            if (demo.Submitted)
            {
                reflection.Submit(demo.Markdown, markdown.RenderUserContent(demo.Markdown).Html, new Deadline(assignment.DueOn, assignment.CutOffOn), demo.WrittenAt, DemoZone);
            }

            if (demo.Review is { } review)
            {
                reflection.Review(review.Scores, review.Feedback, markdown.RenderUserContent(review.Feedback).Html, review.Complete, review.ReviewerName, review.At);
            }

            if (demo.SharedWithCohort)
            {
                reflection.ShareWith(ReflectionAudience.Cohort);
            }

            data.Reflections.Add(reflection);
            foreach (var comment in demo.Comments ?? [])
            {
                data.ReflectionComments.Add(new ReflectionComment(reflection.Id, comment.UserId, comment.Name, comment.Markdown,
                    markdown.RenderUserContent(comment.Markdown).Html, comment.At));
            }
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }
}
