namespace Academy.Shared.Time;

/// <summary>
/// When a live session's join link is the page's main action: from <see cref="OpensBefore"/> before its start until
/// its end (the end itself is outside), and never for a cancelled session.
/// </summary>
public static class JoinWindow
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(15);

    public static bool IsOpen(DateTimeOffset startsAt, DateTimeOffset endsAt, bool isCancelled, DateTimeOffset now) =>
        !isCancelled && now >= startsAt - OpensBefore && now < endsAt;
}
