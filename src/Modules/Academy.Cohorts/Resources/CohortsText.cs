namespace Academy.Cohorts.Resources;

/// <summary>
/// The strings of the Cohorts module, read through <c>IStringLocalizer&lt;CohortsText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>CohortsText.resx</c>, Finnish in <c>CohortsText.fi.resx</c>. A key is the English text itself.
/// </summary>
internal sealed class CohortsText;
