using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using AngleSharp.Dom;

namespace Academy.ComponentTests.Cohorts;

public sealed class AnswerRequestToConnectFormTests : ComponentTest
{
    private static readonly Guid Request = Guid.Parse("6a1f9c2e-4b7d-4e3a-8f5c-1d2e3f4a5b6c");

    private IElement FormWithButton(IRenderedComponent<AnswerRequestToConnectForm> rendered, string button) =>
        rendered.FindAll("form").Single(form => form.QuerySelector("button")!.TextContent == button);

    private IRenderedComponent<AnswerRequestToConnectForm> RenderForm() =>
        Render<AnswerRequestToConnectForm>(parameters => parameters.Add(p => p.RequestId, Request));

    [Fact]
    public void Accepting_sends_an_acceptance_of_that_request_and_returns_to_the_connections_page()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Accept").Submit();

        Assert.Equal(new AnswerRequestToConnect(Request, Accept: true), Sent.Single<AnswerRequestToConnect>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public void Ignoring_sends_a_refusal_of_that_request_and_returns_to_the_connections_page()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Ignore").Submit();

        Assert.Equal(new AnswerRequestToConnect(Request, Accept: false), Sent.Single<AnswerRequestToConnect>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public async Task A_request_that_no_longer_waits_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<AnswerRequestToConnect>(new NotFoundException($"No request {Request} waits."));
        var rendered = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => FormWithButton(rendered, "Accept").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
