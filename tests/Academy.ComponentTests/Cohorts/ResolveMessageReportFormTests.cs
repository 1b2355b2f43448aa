using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class ResolveMessageReportFormTests : ComponentTest
{
    private static readonly Guid Report = Guid.Parse("5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b");

    private IRenderedComponent<ResolveMessageReportForm> RenderForm() => Render<ResolveMessageReportForm>(parameters => parameters.Add(p => p.ReportId, Report));

    [Fact]
    public void Dismissing_sends_the_report_to_be_resolved_keeping_the_message_and_returns_to_the_open_reports()
    {
        var form = RenderForm();

        form.FindAll("form")[0].Submit(); // the first: dismiss

        Assert.Equal(new ResolveMessageReport(Report, RemoveMessage: false), Sent.Single<ResolveMessageReport>());
        Assert.Equal("/admin/message-reports", NavigatedTo);
    }

    [Fact]
    public void Removing_asks_once_more_then_sends_the_removal_of_the_message()
    {
        var form = RenderForm();
        Assert.NotNull(form.Find("details.confirm form button.danger"));

        form.Find("details.confirm form").Submit();

        Assert.Equal(new ResolveMessageReport(Report, RemoveMessage: true), Sent.Single<ResolveMessageReport>());
        Assert.Equal("/admin/message-reports", NavigatedTo);
    }

    [Fact]
    public async Task A_report_that_does_not_exist_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<ResolveMessageReport>(new NotFoundException($"No message report {Report}."));
        var form = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => form.Find("details.confirm form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
