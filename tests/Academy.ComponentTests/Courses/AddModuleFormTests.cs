using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Courses;

public sealed class AddModuleFormTests : ComponentTest
{
    private const string SlugRule = "Lower-case letters, digits and hyphens, for example your-radar: it is part of the module's address.";

    [Fact]
    public void An_empty_form_is_refused_beside_the_title_and_the_slug_and_nothing_is_sent()
    {
        var form = Render<AddModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("form").Submit();

        Assert.Equal("Give the module a title.", form.Find("#module-title-error").TextContent);
        Assert.Equal(SlugRule, form.Find("#module-slug-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_slug_that_is_no_slug_is_refused_beside_it_and_what_was_typed_is_kept()
    {
        var form = Render<AddModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#module-title").Change("Your radar");
        form.Find("#module-slug").Change("Your Radar");
        form.Find("form").Submit();

        Assert.Equal(SlugRule, form.Find("#module-slug-error").TextContent);
        Assert.Empty(form.FindAll("#module-title-error"));
        Assert.Equal(("Your radar", "Your Radar"), (form.Find("#module-title").GetAttribute("value"), form.Find("#module-slug").GetAttribute("value")));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_slug_taken_in_the_course_is_said_beside_the_slug_and_what_was_typed_is_kept()
    {
        Sent.Refuse<AddModule>(new RuleViolation("Another module of this course has this slug.", nameof(AddModule.Slug)));
        var form = Render<AddModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#module-title").Change("Your radar");
        form.Find("#module-slug").Change("your-radar");
        form.Find("form").Submit();

        Assert.Equal("Another module of this course has this slug.", form.Find("#module-slug-error").TextContent);
        Assert.Equal(("Your radar", "your-radar"), (form.Find("#module-title").GetAttribute("value"), form.Find("#module-slug").GetAttribute("value")));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_new_module_is_sent_with_its_course_and_opens_in_the_editor()
    {
        var form = Render<AddModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        form.Find("#module-title").Change("Your radar");
        form.Find("#module-slug").Change("your-radar");
        form.Find("form").Submit();

        Assert.Equal(new AddModule("strategy", "Your radar", "your-radar"), Sent.Single<AddModule>());
        Assert.Equal("/teach/courses/strategy/modules/your-radar", NavigatedTo);
    }
}
