namespace Academy.Cohorts.Connections;

internal static class ConnectionRules
{
    public const int MaximumNoteLength = 500;
    public const int MaximumPendingOutgoing = 20;
    public static readonly TimeSpan IgnoredCoolingOff = TimeSpan.FromDays(30);
}
