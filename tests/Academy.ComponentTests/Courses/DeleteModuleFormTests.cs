using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Courses;

public sealed class DeleteModuleFormTests : ComponentTest
{
    private static readonly AuthoredModule Draft = new("your-radar", "Your radar", false, 0, null, null, DateTimeOffset.UnixEpoch, "Grace");

    [Fact]
    public void Deleting_sends_the_module_of_the_course_and_goes_back_to_the_course()
    {
        var form = Render<DeleteModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Draft));

        form.Find("form").Submit();

        Assert.Equal(new DeleteModule("strategy", "your-radar"), Sent.Single<DeleteModule>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }

    [Fact]
    public void A_refused_delete_tells_the_page_why_and_stays()
    {
        Sent.Refuse<DeleteModule>(new RuleViolation(
            "A published module cannot be deleted: learners' progress and discussions refer to it. Hide it instead."));
        var refusals = new List<string>();
        var form = Render<DeleteModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Draft)
            .Add(p => p.OnRefused, refusals.Add));

        form.Find("form").Submit();

        Assert.Equal(["A published module cannot be deleted: learners' progress and discussions refer to it. Hide it instead."], refusals);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_refusal_of_several_messages_reaches_the_page_as_one_text_in_their_order()
    {
        Sent.Refuse<DeleteModule>(new RuleViolation([new RuleMessage(null, "First reason."), new RuleMessage(null, "Second reason.")]));
        var refusals = new List<string>();
        var form = Render<DeleteModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Draft)
            .Add(p => p.OnRefused, refusals.Add));

        form.Find("form").Submit();

        Assert.Equal(["First reason. Second reason."], refusals);
    }

    [Fact]
    public void The_button_names_the_module_it_deletes()
    {
        var form = Render<DeleteModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Module, Draft));

        Assert.Equal("Delete Your radar (never published)", form.Find("button").GetAttribute("aria-label"));
    }
}
