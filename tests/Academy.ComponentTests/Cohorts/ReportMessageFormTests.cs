using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class ReportMessageFormTests : ComponentTest
{
    private static readonly Guid Conversation = Guid.Parse("0b6f2a4e-7c1d-4e8a-9f3b-5d2c1a0e9b8f");

    private IRenderedComponent<ReportMessageForm> RenderForm() =>
        Render<ReportMessageForm>(parameters => parameters.Add(p => p.ConversationId, Conversation).Add(p => p.Number, 6));

    [Fact]
    public void Reporting_without_a_reason_is_refused_beside_the_reason_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("#report-reason").Change("   ");
        form.Find("form").Submit();

        Assert.Equal("Tell the admins what is wrong with this message.", form.Find("#report-reason-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_reason_over_500_characters_is_refused_and_kept_as_typed()
    {
        var typed = new string('r', 501);
        var form = RenderForm();

        form.Find("#report-reason").Change(typed);
        form.Find("form").Submit();

        Assert.Equal("Keep the reason to 500 characters.", form.Find("#report-reason-error").TextContent);
        Assert.Equal(typed, form.Find("#report-reason").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_second_report_of_the_same_message_is_answered_beside_the_reason_and_keeps_it()
    {
        Sent.Refuse<ReportMessage>(new RuleViolation("You have already reported this message. An admin will look at it.", nameof(ReportMessage.Reason)));
        var form = RenderForm();

        form.Find("#report-reason").Change("A sales pitch.");
        form.Find("form").Submit();

        Assert.Equal("You have already reported this message. An admin will look at it.", form.Find("#report-reason-error").TextContent);
        Assert.Equal("A sales pitch.", form.Find("#report-reason").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Reporting_sends_the_message_and_the_reason_and_comes_back_to_the_report_page()
    {
        var form = RenderForm();

        form.Find("#report-reason").Change("A sales pitch.");
        form.Find("form").Submit();

        Assert.Equal(new ReportMessage(Conversation, 6, "A sales pitch."), Sent.Single<ReportMessage>());
        Assert.Equal($"/messages/{Conversation}/6/report", NavigatedTo);
    }
}
