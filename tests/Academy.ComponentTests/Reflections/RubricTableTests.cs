using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Writing;

namespace Academy.ComponentTests.Reflections;

/// <summary>The rubric as the learner reads it beside the prompt (the instructor scores it in the review page: <see cref="ReviewPageTests"/>).</summary>
public sealed class RubricTableTests : ComponentTest
{
    [Fact]
    public void Each_criterion_is_a_row_with_its_levels_and_their_points()
    {
        var table = Render<RubricTable>(parameters => parameters.Add(p => p.Rubric, [Examples.Insight, Examples.Evidence]));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(["Insight", "Evidence"], rows.Select(row => row.QuerySelector("th")!.FirstChild!.TextContent));
        Assert.Equal(["Beginning (1) Describes events.", "Developing (2) Names a pattern.", "Accomplished (4) Draws a lesson and acts on it."],
            rows[0].QuerySelectorAll("li").Select(level => level.TextContent));
        Assert.Equal(["Thin (1) One example.", "Rich (3) Several examples."], rows[1].QuerySelectorAll("li").Select(level => level.TextContent));
    }
}
