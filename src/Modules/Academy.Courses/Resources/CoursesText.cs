namespace Academy.Courses.Resources;

/// <summary>
/// The strings of the Courses module, read through <c>IStringLocalizer&lt;CoursesText&gt;</c> (injected as <c>T</c> in every component):
/// English in <c>CoursesText.resx</c>, Finnish in <c>CoursesText.fi.resx</c>. A key is the English text itself.
/// </summary>
internal sealed class CoursesText;
