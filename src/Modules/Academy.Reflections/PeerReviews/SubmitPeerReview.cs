using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// The reviewer sends their review of the reflection they claimed: a comment per rubric criterion (one comment when the
/// rubric has none), in the rubric's order, and for each criterion perhaps a score among its levels' points.
/// </summary>
public sealed record SubmitPeerReview(string CohortSlug, string AssignmentSlug, Guid ReviewId, IReadOnlyList<string> Comments, IReadOnlyList<int?> Scores)
    : IRequest;

internal sealed class SubmitPeerReviewValidator : AbstractValidator<SubmitPeerReview>
{
    public const int CommentLength = 5_000;

    public SubmitPeerReviewValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.Comments)
            .Must(comments => comments.Any(comment => !string.IsNullOrWhiteSpace(comment)))
            .WithMessage(_ => t["Write your review before sending it."]);
        RuleForEach(request => request.Comments)
            .MaximumLength(CommentLength)
            .WithMessage(_ => t["Keep a comment to {0} characters.", CommentLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
    }
}

internal sealed class SubmitPeerReviewHandler(
    IReflectionsData data, ReflectionContext context, PeerReviewPool pool, ICurrentUser currentUser, IMarkdownRenderer markdown, IMediator mediator,
    TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<SubmitPeerReview, MediatR.Unit>
{
    private const string LostToAnotherReviewer =
        "Your claim lapsed and this reflection went to another reviewer. Your text is kept below: copy what you want to keep, then ask for another reflection to review.";

    public async Task<MediatR.Unit> Handle(SubmitPeerReview request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var me = currentUser.UserId;
        var review = (cohort.Role != CohortRole.Learner ? null : await data.PeerReviews
            .SingleOrDefaultAsync(r => r.Id == request.ReviewId && r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug
                                       && (r.ReviewerId == me || r.LapsedReviewerId == me), cancellationToken))
            ?? throw new NotFoundException($"Peer review {request.ReviewId} is not {me}'s in {cohort.CohortSlug}.");
        var settings = await data.PeerReviewSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug, cancellationToken);
        if (settings?.IsOn != true)
        {
            throw new RuleViolation(t["Peer review of this assignment has been switched off. Your text is kept below."]);
        }

        if (review.ReviewerId != me)
        {
            throw new RuleViolation(t[LostToAnotherReviewer]);
        }

        if (review.AuthorId == me)
        {
            throw new RuleViolation(t[PeerReview.OwnWork]);
        }

        if (review.IsSubmitted)
        {
            throw new RuleViolation(t[PeerReview.AlreadySent]);
        }

        await pool.EnsureSubmittedAsync(cohort.CohortSlug, assignment.Slug, me, cancellationToken);

        var criteria = PeerReviewRubric.Of(assignment);
        var messages = new List<RuleMessage>();
        for (var i = 0; i < criteria.Count; i++)
        {
            var comment = i < request.Comments.Count ? request.Comments[i] : null;
            if (string.IsNullOrWhiteSpace(comment))
            {
                messages.Add(new RuleMessage($"Comments[{i}]", t["Write a comment on “{0}”.", criteria[i].Name]));
            }

            var score = i < request.Scores.Count ? request.Scores[i] : null;
            if (score is { } points && !criteria[i].Points.Contains(points))
            {
                messages.Add(new RuleMessage($"Scores[{i}]", t["A score for “{0}” is one of its levels, from {1} to {2} points, or none.",
                    criteria[i].Name, criteria[i].Points.Min(), criteria[i].Points.Max()]));
            }
        }

        if (messages.Count > 0)
        {
            throw new RuleViolation(messages);
        }

        review.Submit(criteria.Select((_, i) => new PeerReviewCriterion(request.Comments[i], markdown.RenderUserContent(request.Comments[i]).Html,
            i < request.Scores.Count ? request.Scores[i] : null)).ToList(), clock.GetUtcNow());
        try
        {
            await data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed since it was read: sent a moment ago by this same reviewer (a double click: one review), or, the claim
            // having lapsed, taken over by another reviewer at this very moment (theirs now).
            var stored = await data.PeerReviews.AsNoTracking().Where(r => r.Id == review.Id)
                .Select(r => new { r.ReviewerId, r.SubmittedAt, r.Criteria }).SingleAsync(cancellationToken);
            if (stored.ReviewerId != me)
            {
                throw new RuleViolation(t[LostToAnotherReviewer]);
            }

            if (stored.SubmittedAt is not null && stored.Criteria.Select(c => c.CommentMarkdown).SequenceEqual(review.Criteria.Select(c => c.CommentMarkdown)))
            {
                return MediatR.Unit.Value;
            }

            throw new RuleViolation(t[PeerReview.AlreadySent]);
        }

        // An anonymous review names nobody: not in the line, not as the actor, and its address is the author's own page.
        var url = $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}#peer-reviews";
        await mediator.Publish(review.IsAnonymous
            ? new MembersNotified([review.AuthorId], string.Empty, string.Empty,
                new Words(typeof(ReflectionsText), "A peer reviewed your reflection “{0}”", assignment.Title), url, NotificationKind.ReflectionFeedback, cohort.CohortSlug)
            : new MembersNotified([review.AuthorId], me, review.ReviewerName,
                new Words(typeof(ReflectionsText), "{0} reviewed your reflection “{1}” as your peer", review.ReviewerName, assignment.Title), url,
                NotificationKind.ReflectionFeedback, cohort.CohortSlug),
            cancellationToken);
        return MediatR.Unit.Value;
    }
}
