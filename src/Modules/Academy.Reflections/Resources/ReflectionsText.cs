namespace Academy.Reflections.Resources;

/// <summary>
/// The strings of the Reflections module, read through <c>IStringLocalizer&lt;ReflectionsText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>ReflectionsText.resx</c>, Finnish in <c>ReflectionsText.fi.resx</c>. A key is the English text itself.
/// </summary>
internal sealed class ReflectionsText;
