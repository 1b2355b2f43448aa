using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;

namespace Academy.ComponentTests.Courses;

// The form shows no refusal of its own: HideModule has no rule that refuses (only "not found").
public sealed class HideModuleFormTests : ComponentTest
{
    private static AuthoredModule Module(bool hidden) => new("your-radar", "Your radar", hidden, 2, DateTimeOffset.UnixEpoch, "Grace", null, null);

    [Fact]
    public void A_shown_module_is_hidden_and_the_course_page_shows_again()
    {
        var form = Render<HideModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module(hidden: false)));

        Assert.Equal(("Hide", "Hide Your radar"), (form.Find("button").TextContent, form.Find("button").GetAttribute("aria-label")));
        form.Find("form").Submit();

        Assert.Equal(new HideModule("strategy", "your-radar", true), Sent.Single<HideModule>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }

    [Fact]
    public void A_hidden_module_is_shown_again()
    {
        var form = Render<HideModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module(hidden: true)));

        Assert.Equal(("Show", "Show Your radar"), (form.Find("button").TextContent, form.Find("button").GetAttribute("aria-label")));
        form.Find("form").Submit();

        Assert.Equal(new HideModule("strategy", "your-radar", false), Sent.Single<HideModule>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }
}
