using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using AngleSharp.Dom;

namespace Academy.ComponentTests.Cohorts;

public sealed class AnswerIntroductionFormTests : ComponentTest
{
    private static readonly Guid Introduction = Guid.Parse("0d7e2a51-8c3b-4f6a-9e1d-2b5c8a7f4e30");

    private IElement FormWithButton(IRenderedComponent<AnswerIntroductionForm> rendered, string button) =>
        rendered.FindAll("form").Single(form => form.QuerySelector("button")!.TextContent == button);

    private IRenderedComponent<AnswerIntroductionForm> RenderForm() =>
        Render<AnswerIntroductionForm>(parameters => parameters.Add(p => p.IntroductionId, Introduction));

    [Fact]
    public void Accepting_sends_an_acceptance_of_that_introduction_and_returns_to_the_connections_page()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Accept and connect").Submit();

        Assert.Equal(new AnswerIntroduction(Introduction, Accept: true), Sent.Single<AnswerIntroduction>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public void Ignoring_sends_a_refusal_of_that_introduction_and_returns_to_the_connections_page()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Ignore").Submit();

        Assert.Equal(new AnswerIntroduction(Introduction, Accept: false), Sent.Single<AnswerIntroduction>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public async Task An_introduction_that_no_longer_waits_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<AnswerIntroduction>(new NotFoundException($"No introduction {Introduction} waits."));
        var rendered = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => FormWithButton(rendered, "Accept and connect").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
