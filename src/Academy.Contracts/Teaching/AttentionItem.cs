namespace Academy.Contracts.Teaching;

/// <summary>Something a cohort's instructor should look at, and where it is handled.</summary>
public sealed record AttentionItem(string Kind, string Text, string Url, DateTimeOffset Since);
