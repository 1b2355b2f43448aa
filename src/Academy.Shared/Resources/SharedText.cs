namespace Academy.Shared.Resources;

/// <summary>
/// The strings of the shared components and the form mechanism, read through <c>IStringLocalizer&lt;SharedText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>SharedText.resx</c>, Finnish in <c>SharedText.fi.resx</c>. A key is the English text itself.
/// </summary>
public sealed class SharedText;
