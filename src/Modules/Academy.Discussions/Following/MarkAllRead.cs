using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Following;

/// <summary>Marks every thread of the cohort read up to its latest post, for the member.</summary>
public sealed record MarkAllRead(string CohortSlug) : IRequest;

internal sealed class MarkAllReadHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<MarkAllRead, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MarkAllRead request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        var now = clock.GetUtcNow();
        var threads = await (
                from thread in data.Threads
                where thread.CohortSlug == participant.CohortSlug
                join mark in data.ReadMarks.Where(m => m.UserId == userId) on thread.Id equals mark.ThreadId into marks
                from mark in marks.DefaultIfEmpty()
                where mark == null || mark.LastReadSequence < thread.PostCount
                select new { thread.Id, thread.PostCount, Mark = mark })
            .ToListAsync(cancellationToken);
        foreach (var thread in threads)
        {
            if (thread.Mark is null)
            {
                data.ReadMarks.Add(new ReadMark(userId, thread.Id, thread.PostCount, now));
            }
            else
            {
                thread.Mark.MoveTo(thread.PostCount, now);
            }
        }

        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
