using Academy.Discussions.Domain;

namespace Academy.Discussions.Following;

internal static class DefaultFollow
{
    /// <summary>Members watch announcements unless they choose otherwise; other threads start at normal.</summary>
    public static FollowLevel For(SpaceKind space) => space == SpaceKind.Announcements ? FollowLevel.Watching : FollowLevel.Normal;
}
