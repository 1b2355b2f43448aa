using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Connections;

/// <summary>Asks a connection to introduce me to one of their connections in the cohort, saying why.</summary>
public sealed record AskForIntroduction(string CohortSlug, string IntroducerId, string TargetId, string Note) : IRequest;

/// <summary>The introducer passes the introduction on with their own words.</summary>
public sealed record ForwardIntroduction(Guid IntroductionId, string Note) : IRequest;

/// <summary>The introducer chooses not to pass it on; the person it was about never hears of it.</summary>
public sealed record DeclineIntroduction(Guid IntroductionId) : IRequest;

/// <summary>The person introduced accepts (they are connected, "introduced by ...") or ignores (nobody is told).</summary>
public sealed record AnswerIntroduction(Guid IntroductionId, bool Accept) : IRequest;

internal sealed class AskForIntroductionValidator : AbstractValidator<AskForIntroduction>
{
    public AskForIntroductionValidator()
    {
        RuleFor(request => request.IntroducerId).NotEmpty().WithMessage("Choose who could introduce you.");
        RuleFor(request => request.Note)
            .Must(note => !string.IsNullOrWhiteSpace(note)).WithMessage("Tell them why you would like to meet: it is what they will pass on.")
            .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage($"Keep the note to {ConnectionRules.MaximumNoteLength} characters.");
    }
}

internal sealed class ForwardIntroductionValidator : AbstractValidator<ForwardIntroduction>
{
    public ForwardIntroductionValidator() => RuleFor(request => request.Note)
        .Must(note => !string.IsNullOrWhiteSpace(note)).WithMessage("Add a few words of your own: why these two should meet.")
        .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage($"Keep the note to {ConnectionRules.MaximumNoteLength} characters.");
}

internal sealed class AskForIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AskForIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AskForIntroduction request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var me = people.ViewerId;
        if (!people.ViewerIsMember || !people.Contains(request.TargetId) || request.TargetId == me)
        {
            throw new NotFoundException($"{request.TargetId} is not someone {me} can be introduced to in {request.CohortSlug}.");
        }

        var around = await ConnectionsAround.LoadAsync(data, me, cancellationToken);
        if (around.AreConnected(me, request.TargetId))
        {
            throw new RuleViolation($"You are already connected with {people.NameOf(request.TargetId)}.", nameof(AskForIntroduction.Note));
        }

        if (!around.MutualWith(request.TargetId).Contains(request.IntroducerId))
        {
            throw new RuleViolation($"Choose someone you and {people.NameOf(request.TargetId)} both know.", nameof(AskForIntroduction.IntroducerId));
        }

        var alreadyAsked = await data.Introductions.AnyAsync(i => i.RequesterId == me && i.TargetId == request.TargetId &&
            (i.Status == IntroductionStatus.Asked || i.Status == IntroductionStatus.Forwarded), cancellationToken);
        if (alreadyAsked)
        {
            throw new RuleViolation($"You have already asked for an introduction to {people.NameOf(request.TargetId)}.", nameof(AskForIntroduction.Note));
        }

        data.Introductions.Add(new Introduction(me, request.IntroducerId, request.TargetId, request.Note.Trim(), clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        var name = people.NameOf(me);
        await mediator.Publish(new MembersNotified([request.IntroducerId], me, name,
            $"{name} asks you to introduce them to {people.NameOf(request.TargetId)}", "/connections"), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class ForwardIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ForwardIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ForwardIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.AskedOfAsync(request.IntroductionId, me, cancellationToken);
        introduction.Forward(request.Note.Trim(), clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        var introducer = await data.NameOfAsync(me, currentUser, cancellationToken);
        var requester = await data.NameOfAsync(introduction.RequesterId, currentUser, cancellationToken);
        await mediator.Publish(new MembersNotified([introduction.TargetId], me, introducer,
            $"{introducer} introduces you to {requester}", "/connections"), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class DeclineIntroductionHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<DeclineIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.AskedOfAsync(request.IntroductionId, me, cancellationToken);
        introduction.Decide(IntroductionStatus.Declined, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class AnswerIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AnswerIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.Introductions
            .SingleOrDefaultAsync(i => i.Id == request.IntroductionId && i.TargetId == me && i.Status == IntroductionStatus.Forwarded, cancellationToken)
            ?? throw new NotFoundException($"No introduction {request.IntroductionId} waits for {me}.");
        var now = clock.GetUtcNow();
        introduction.Decide(request.Accept ? IntroductionStatus.Accepted : IntroductionStatus.Ignored, now);
        if (request.Accept)
        {
            await data.ConnectAsync(me, introduction.RequesterId, introduction.IntroducerId, now, cancellationToken);
        }

        await data.SaveChangesAsync(cancellationToken);
        if (request.Accept)
        {
            var name = await data.NameOfAsync(me, currentUser, cancellationToken);
            var requester = await data.NameOfAsync(introduction.RequesterId, currentUser, cancellationToken);
            await mediator.Publish(new MembersNotified([introduction.RequesterId], me, name,
                $"{name} accepted the introduction: you are now connected", "/connections"), cancellationToken);
            await mediator.Publish(new MembersNotified([introduction.IntroducerId], me, name,
                $"{name} and {requester} are now connected, thanks to your introduction", "/connections"), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

internal static class IntroductionLookup
{
    /// <summary>An introduction waiting for <paramref name="introducerId"/> to pass it on or decline; not found for anyone else.</summary>
    public static async Task<Introduction> AskedOfAsync(this ICohortsData data, Guid introductionId, string introducerId, CancellationToken cancellationToken) =>
        await data.Introductions.SingleOrDefaultAsync(
            i => i.Id == introductionId && i.IntroducerId == introducerId && i.Status == IntroductionStatus.Asked, cancellationToken)
        ?? throw new NotFoundException($"No introduction {introductionId} waits for {introducerId}.");
}
