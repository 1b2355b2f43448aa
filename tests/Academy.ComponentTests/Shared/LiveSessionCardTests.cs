using Academy.Contracts.Sessions;
using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

public sealed class LiveSessionCardTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    // Tuesday 15 January 2030, 17:00–18:30 in Helsinki (EET, UTC+2).
    private static readonly LiveSessionSummary Session = new("mba-2026", 3, "Networks over teams", new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2030, 1, 15, 16, 30, 0, TimeSpan.Zero), "https://meet.example.com/week-3", "Room 2", null,
        IsCancelled: false, JoinIsOpen: false, HasEnded: false);

    private IRenderedComponent<LiveSessionCard> RenderCard(LiveSessionSummary session) => Render<LiveSessionCard>(parameters => parameters.Add(p => p.Session, session));

    [Fact]
    public void A_session_says_when_in_its_cohorts_zone_naming_the_zone_and_links_to_its_page()
    {
        var card = RenderCard(Session);

        Assert.Equal("/cohorts/mba-2026/sessions/3", card.Find(".session-title a").GetAttribute("href"));
        Assert.Equal("Tue 15 Jan, 17:00–18:30 Helsinki time (EET) · Room 2", card.Find("p.meta").TextContent);
        Assert.Equal("2030-01-15T15:00:00Z", card.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Before_the_window_the_meeting_link_is_a_plain_link()
    {
        var card = RenderCard(Session);

        Assert.Empty(card.FindAll("a.button.join"));
        Assert.Equal("https://meet.example.com/week-3", card.Find("p.meta a").GetAttribute("href"));
        Assert.Empty(card.FindAll(".badge"));
    }

    [Fact]
    public void In_the_window_joining_is_the_main_action()
    {
        var card = RenderCard(Session with { JoinIsOpen = true });

        Assert.Equal(("Join the session", "https://meet.example.com/week-3"), (card.Find("a.button.join").TextContent, card.Find("a.button.join").GetAttribute("href")));
        Assert.Equal("Open to join", card.Find(".badge.live").TextContent);
        Assert.Contains("joinable", card.Find(".session-card").ClassName);
    }

    [Fact]
    public void After_the_end_and_when_cancelled_there_is_no_way_in()
    {
        Assert.Empty(RenderCard(Session with { HasEnded = true }).FindAll("a[href^='https://meet']"));

        var cancelled = RenderCard(Session with { IsCancelled = true, JoinIsOpen = false });
        Assert.Empty(cancelled.FindAll("a[href^='https://meet']"));
        Assert.Equal("Cancelled", cancelled.Find(".badge").TextContent);
        Assert.Contains("cancelled", cancelled.Find(".session-card").ClassName);
    }

    [Fact]
    public void On_the_sessions_own_page_the_card_leaves_the_title_to_the_heading()
    {
        var card = Render<LiveSessionCard>(parameters => parameters.Add(p => p.Session, Session with { JoinIsOpen = true }).Add(p => p.ShowTitle, false));

        Assert.Empty(card.FindAll(".session-title a"));
        Assert.Equal("Open to join", card.Find(".badge.live").TextContent);
    }

    [Fact]
    public void A_summer_session_says_summer_time()
    {
        var card = RenderCard(Session with { StartsAt = new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2030, 7, 2, 15, 0, 0, TimeSpan.Zero), Place = null });

        Assert.Equal("Tue 2 Jul, 17:00–18:00 Helsinki time (EEST)", card.Find("p.meta").TextContent);
    }
}
