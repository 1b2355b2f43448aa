namespace Academy.Contracts.Cohorts;

public sealed record ActivityItem(string Title, string Url, DateTimeOffset At);
