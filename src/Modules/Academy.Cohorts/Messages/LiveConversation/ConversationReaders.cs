using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages.LiveConversation;

/// <summary>
/// Who has a conversation open right now, so that a new message is not e-mailed to someone reading it.
/// <para>
/// Kept in the database, a row per open live feed with an expiry, rather than announced through the cluster backplane:
/// the instance that writes a message's e-mail must know of feeds open on every instance at that moment, and pub/sub only
/// reaches whoever listens now. An instance started a minute ago, or one whose Redis connection dropped for a while, would
/// not have heard who opened what, and one that died would never say who left. A row is there whichever instance holds the
/// feed, it is refreshed while the feed is open (<see cref="RefreshEvery"/>), removed when the feed closes, and left to
/// expire (<see cref="Lasts"/>) when its instance dies without saying; the database is the truth, as for everything else.
/// One small write per open feed every half minute is the price.
/// </para>
/// </summary>
internal sealed class ConversationReaders(ICohortsData data, TimeProvider clock)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    /// <summary>Long enough to outlast a refresh that comes late; short enough that a dead instance's readers soon get their e-mail again.</summary>
    public static readonly TimeSpan Lasts = TimeSpan.FromSeconds(90);

    /// <summary>A feed opened: its reader is reading the conversation until it closes. Returns the feed's row.</summary>
    public async Task<Guid> OpenAsync(Guid conversationId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await data.ConversationReaders.Where(reader => reader.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken); // those whose instance died
        return await AddAsync(conversationId, userId, now + Lasts, cancellationToken);
    }

    /// <summary>
    /// The feed is still open. A row that went meanwhile (expired in a long pause of the database, and removed) is written
    /// again; returns the row's id from now on.
    /// </summary>
    public async Task<Guid> RefreshAsync(Guid readerId, Guid conversationId, string userId, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + Lasts;
        var refreshed = await data.ConversationReaders.Where(reader => reader.Id == readerId)
            .ExecuteUpdateAsync(set => set.SetProperty(reader => reader.ExpiresAt, until), cancellationToken);
        return refreshed > 0 ? readerId : await AddAsync(conversationId, userId, until, cancellationToken);
    }

    /// <summary>The feed closed (the page was left, or its connection dropped).</summary>
    public Task CloseAsync(Guid readerId) =>
        data.ConversationReaders.Where(reader => reader.Id == readerId).ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>Which of these people have the conversation open now, on any instance.</summary>
    public async Task<IReadOnlyCollection<string>> ReadingNowAsync(Guid conversationId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await data.ConversationReaders.AsNoTracking()
            .Where(reader => reader.ConversationId == conversationId && userIds.Contains(reader.UserId) && reader.ExpiresAt > now)
            .Select(reader => reader.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    private async Task<Guid> AddAsync(Guid conversationId, string userId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var reader = new ConversationReader(conversationId, userId, until);
        data.ConversationReaders.Add(reader);
        await data.SaveChangesAsync(cancellationToken);
        data.ConversationReaders.Entry(reader).State = EntityState.Detached; // the scope's context goes on serving the feed
        return reader.Id;
    }
}
