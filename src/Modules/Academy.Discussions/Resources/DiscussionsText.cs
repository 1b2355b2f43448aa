namespace Academy.Discussions.Resources;

/// <summary>
/// The strings of the Discussions module, read through <c>IStringLocalizer&lt;DiscussionsText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>DiscussionsText.resx</c>, Finnish in <c>DiscussionsText.fi.resx</c>. A key is the English text itself.
/// </summary>
internal sealed class DiscussionsText;
