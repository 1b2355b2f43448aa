using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class DeclineIntroductionFormTests : ComponentTest
{
    private static readonly Guid Introduction = Guid.Parse("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");

    [Fact]
    public void Declining_sends_the_decline_of_that_introduction_and_returns_to_the_connections_page()
    {
        var form = Render<DeclineIntroductionForm>(parameters => parameters.Add(p => p.IntroductionId, Introduction));

        form.Find("form").Submit();

        Assert.Equal(new DeclineIntroduction(Introduction), Sent.Single<DeclineIntroduction>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public async Task An_introduction_no_longer_asked_of_the_viewer_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<DeclineIntroduction>(new NotFoundException($"No introduction {Introduction} was asked of you."));
        var form = Render<DeclineIntroductionForm>(parameters => parameters.Add(p => p.IntroductionId, Introduction));

        await Assert.ThrowsAsync<NotFoundException>(() => form.Find("form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
