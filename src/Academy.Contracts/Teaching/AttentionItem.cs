namespace Academy.Contracts.Teaching;

/// <summary>Something a cohort's instructor should look at, and where it is handled.</summary>
/// <param name="Text">What needs attention, in the reader's language; with <paramref name="SubmittedWork"/>, the name of who submitted it.</param>
/// <param name="SubmittedWork">
/// The title of a submitted work (course content), kept apart from the submitter's name so that a page can mark both as
/// words it does not translate.
/// </param>
public sealed record AttentionItem(string Kind, string Text, string Url, DateTimeOffset Since, string? SubmittedWork = null);
