using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

public sealed class ProgressMeterTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    [Fact]
    public void Progress_is_said_in_words_that_label_the_bar()
    {
        var meter = Render<ProgressMeter>(parameters => parameters.Add(p => p.Completed, 3).Add(p => p.Total, 7).Add(p => p.Id, "course-progress"));

        Assert.Equal("3 of 7 modules completed", meter.Find("#course-progress").TextContent);
        var bar = meter.Find("progress");
        Assert.Equal(("7", "3", "course-progress"), (bar.GetAttribute("max"), bar.GetAttribute("value"), bar.GetAttribute("aria-labelledby")));
    }

    [Fact]
    public void Nothing_to_complete_still_gives_a_valid_bar_and_the_noun_can_change()
    {
        var meter = Render<ProgressMeter>(parameters => parameters.Add(p => p.Completed, 0).Add(p => p.Total, 0).Add(p => p.Noun, "reflections"));

        Assert.Equal("0 of 0 reflections completed", meter.Find("#progress-label").TextContent);
        Assert.Equal("1", meter.Find("progress").GetAttribute("max"));
    }
}
