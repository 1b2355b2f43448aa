using Academy.ComponentTests.Account;
using Academy.Contracts.Sessions;
using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

/// <summary>The shared components speak Finnish to a Finnish reader; what people wrote is marked never to be translated.</summary>
public sealed class FinnishSharedComponentsTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    [Fact]
    public void Progress_is_said_in_finnish()
    {
        using var finnish = new InCulture("fi");

        var meter = Render<ProgressMeter>(parameters => parameters.Add(p => p.Completed, 3).Add(p => p.Total, 7));

        Assert.Equal("3/7 moduulia suoritettu", meter.Find(".progress-label").TextContent);
    }

    [Fact]
    public void A_comparison_is_summed_up_in_finnish_and_the_compared_text_is_not_translated()
    {
        using var finnish = new InCulture("fi");

        var diff = Render<DiffView>(parameters => parameters.Add(p => p.Before, "Intro\nThe quick brown fox.").Add(p => p.After, "Intro\nThe slow brown fox."));

        Assert.Equal("Vertailussa aiempi versio ja myöhempi versio: 1 sana lisätty, 1 poistettu.", diff.Find(".diff-summary").TextContent);
        Assert.Equal("Lisätty: ", diff.Find(".diff-line.added .visually-hidden").TextContent);
        Assert.Equal("no", diff.Find(".diff").GetAttribute("translate"));
    }

    [Fact]
    public void A_session_card_is_in_finnish_with_a_finnish_short_date()
    {
        using var finnish = new InCulture("fi");
        var session = new LiveSessionSummary("mba-2026", 3, "Networks over teams", new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2030, 1, 15, 16, 30, 0, TimeSpan.Zero), "https://meet.example.com/week-3", "Room 2", null,
            IsCancelled: false, JoinIsOpen: true, HasEnded: false);

        var card = Render<LiveSessionCard>(parameters => parameters.Add(p => p.Session, session));

        Assert.Equal("Voit liittyä nyt", card.Find(".badge.live").TextContent);
        Assert.Equal("Liity tapaamiseen", card.Find("a.button.join").TextContent);
        Assert.Equal("ti 15.1. klo 17.00–18.30 (Helsinki, EET)", card.Find("p.meta time").TextContent);
        Assert.Equal("no", card.Find(".session-title a").GetAttribute("translate"));
    }
}
