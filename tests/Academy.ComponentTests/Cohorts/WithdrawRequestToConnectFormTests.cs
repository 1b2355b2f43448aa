using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class WithdrawRequestToConnectFormTests : ComponentTest
{
    private static readonly Guid Request = Guid.Parse("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

    [Fact]
    public void Withdrawing_from_a_profile_sends_the_withdrawal_of_that_request_and_returns_to_the_profile()
    {
        var form = Render<WithdrawRequestToConnectForm>(parameters => parameters.Add(p => p.RequestId, Request)
            .Add(p => p.ReturnUrl, "/cohorts/mba-2026/people/u-bea"));

        form.Find("form").Submit();

        Assert.Equal(new WithdrawRequestToConnect(Request), Sent.Single<WithdrawRequestToConnect>());
        Assert.Equal("/cohorts/mba-2026/people/u-bea", NavigatedTo);
    }

    [Fact]
    public void Withdrawing_from_a_line_of_the_connections_page_sends_the_withdrawal_and_returns_there()
    {
        var form = Render<WithdrawRequestToConnectForm>(parameters => parameters.Add(p => p.RequestId, Request)
            .Add(p => p.ReturnUrl, "/connections").Add(p => p.InList, true));

        form.Find("form").Submit();

        Assert.Equal("Withdraw", form.Find("button.link-button").TextContent);
        Assert.Equal(new WithdrawRequestToConnect(Request), Sent.Single<WithdrawRequestToConnect>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public void A_request_answered_meanwhile_sends_nothing_and_returns_to_the_page()
    {
        var form = Render<WithdrawRequestToConnectForm>(parameters => parameters.Add(p => p.RequestId, null)
            .Add(p => p.ReturnUrl, "/cohorts/mba-2026/people/u-bea"));

        form.Find("form").Submit();

        Assert.Empty(Sent.All);
        Assert.Equal("/cohorts/mba-2026/people/u-bea", NavigatedTo);
    }

    [Fact]
    public async Task A_request_no_longer_pending_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<WithdrawRequestToConnect>(new NotFoundException($"No request {Request} to withdraw."));
        var form = Render<WithdrawRequestToConnectForm>(parameters => parameters.Add(p => p.RequestId, Request).Add(p => p.ReturnUrl, "/connections"));

        await Assert.ThrowsAsync<NotFoundException>(() => form.Find("form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
