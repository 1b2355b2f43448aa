namespace Academy.Web.Resources;

/// <summary>
/// The strings of the host: layout, account, administration, e-mail and error pages, read through <c>IStringLocalizer&lt;WebText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>WebText.resx</c>, Finnish in <c>WebText.fi.resx</c>. A key is the English text itself.
/// </summary>
internal sealed class WebText;
