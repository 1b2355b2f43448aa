using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Learning.Progress;

namespace Academy.ComponentTests.Courses;

// What the button asks for is a hidden field the form reads from the post ([SupplyParameterFromForm] Completed), not a
// bound input: each test renders the page, posts the hidden field's value as the browser would, and submits that post.
// The form shows no refusal of its own: MarkModuleComplete has no rule that refuses (only "not found").
public sealed class MarkModuleCompleteFormTests : ComponentTest
{
    private readonly PostedForm posted;

    public MarkModuleCompleteFormTests() => posted = PostedForm.AddTo(Services);

    private IRenderedComponent<MarkModuleCompleteForm> RenderForm(bool completed) => Render<MarkModuleCompleteForm>(parameters => parameters
        .Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.CohortSlug, "mba-2026")
        .Add(p => p.IsCompleted, completed).Add(p => p.ModulePath, "/courses/strategy/your-radar?cohort=mba-2026"));

    private void PostAndSubmit(IRenderedComponent<MarkModuleCompleteForm> page, bool completed)
    {
        posted.Post("module-progress", ("Completed", bool.Parse(page.Find("input[name=Completed]").GetAttribute("value")!)));
        RenderForm(completed).Find("form").Submit();
    }

    [Fact]
    public void An_unfinished_module_is_marked_complete_and_the_reader_returns_to_it()
    {
        var page = RenderForm(completed: false);

        Assert.Equal("Mark as complete", page.Find("button").TextContent);
        PostAndSubmit(page, completed: false);

        Assert.Equal(new MarkModuleComplete("strategy", "your-radar", "mba-2026", true), Sent.Single<MarkModuleComplete>());
        Assert.Equal("/courses/strategy/your-radar?cohort=mba-2026", NavigatedTo);
    }

    [Fact]
    public void A_completed_module_is_marked_not_complete()
    {
        var page = RenderForm(completed: true);

        Assert.Equal("Mark as not complete", page.Find("button").TextContent);
        PostAndSubmit(page, completed: true);

        Assert.Equal(new MarkModuleComplete("strategy", "your-radar", "mba-2026", false), Sent.Single<MarkModuleComplete>());
        Assert.Equal("/courses/strategy/your-radar?cohort=mba-2026", NavigatedTo);
    }
}
