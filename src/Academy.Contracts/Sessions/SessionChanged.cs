using MediatR;

namespace Academy.Contracts.Sessions;

/// <summary>
/// A live session was edited, and perhaps moved (<see cref="WasMoved"/>: its start or end changed). Published by the
/// Cohorts module after the save; <see cref="LiveSessionInfo.Sequence"/> has grown.
/// </summary>
public sealed record SessionChanged(LiveSessionInfo Session, DateTimeOffset PreviousStartsAt, DateTimeOffset PreviousEndsAt, string ActorId, string ActorName)
    : INotification
{
    public bool WasMoved => PreviousStartsAt != Session.StartsAt || PreviousEndsAt != Session.EndsAt;
}
