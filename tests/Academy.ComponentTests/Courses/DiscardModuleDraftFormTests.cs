using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;

namespace Academy.ComponentTests.Courses;

// The form shows no refusal of its own: DiscardModuleDraft has no rule that refuses (only "not found").
public sealed class DiscardModuleDraftFormTests : ComponentTest
{
    [Fact]
    public void Discarding_sends_the_module_and_the_editor_says_the_draft_was_discarded()
    {
        var form = Render<DiscardModuleDraftForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar"));

        form.Find("form").Submit();

        Assert.Equal(new DiscardModuleDraft("strategy", "your-radar"), Sent.Single<DiscardModuleDraft>());
        Assert.Equal("/teach/courses/strategy/modules/your-radar?saved=discarded", NavigatedTo);
    }
}
