using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads;

internal static class ReadMarks
{
    /// <summary>
    /// Moves a reader's high-water mark forward to <paramref name="sequence"/> in one command: an insert when
    /// they have none (<paramref name="knownMark"/> null), else an update that never moves it back.
    /// </summary>
    public static async Task MoveForwardAsync(this IDiscussionsData data, string userId, Guid threadId, int? knownMark, int sequence,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (knownMark is null)
        {
            var mark = new ReadMark(userId, threadId, sequence, now);
            data.ReadMarks.Add(mark);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same reader opened the thread twice at once and the other request wrote the mark first.
                data.ReadMarks.Entry(mark).State = EntityState.Detached;
            }
        }
        else if (sequence > knownMark)
        {
            await data.ReadMarks
                .Where(mark => mark.UserId == userId && mark.ThreadId == threadId && mark.LastReadSequence < sequence)
                .ExecuteUpdateAsync(mark => mark.SetProperty(m => m.LastReadSequence, sequence).SetProperty(m => m.ReadAt, now), cancellationToken);
        }
    }
}
