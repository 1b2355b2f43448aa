using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;

namespace Academy.ComponentTests.Courses;

// The form shows no refusal of its own: MoveModule has no rule that refuses (only "not found").
public sealed class MoveModuleFormTests : ComponentTest
{
    private static readonly AuthoredModule Module = new("your-radar", "Your radar", false, 2, DateTimeOffset.UnixEpoch, "Grace", null, null);

    [Fact]
    public void Up_moves_the_module_up_and_the_course_page_shows_again()
    {
        var form = Render<MoveModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module).Add(p => p.Up, true));

        Assert.Equal("Move Your radar up", form.Find("button").GetAttribute("aria-label"));
        form.Find("form").Submit();

        Assert.Equal(new MoveModule("strategy", "your-radar", true), Sent.Single<MoveModule>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }

    [Fact]
    public void Down_moves_the_module_down()
    {
        var form = Render<MoveModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module).Add(p => p.Up, false));

        Assert.Equal("Move Your radar down", form.Find("button").GetAttribute("aria-label"));
        form.Find("form").Submit();

        Assert.Equal(new MoveModule("strategy", "your-radar", false), Sent.Single<MoveModule>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }

    [Fact]
    public void The_button_of_a_module_that_can_go_no_further_is_disabled()
    {
        var first = Render<MoveModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module).Add(p => p.Up, true)
            .Add(p => p.Disabled, true));
        var movable = Render<MoveModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Module).Add(p => p.Up, true));

        Assert.True(first.Find("button").HasAttribute("disabled"));
        Assert.False(movable.Find("button").HasAttribute("disabled"));
    }
}
