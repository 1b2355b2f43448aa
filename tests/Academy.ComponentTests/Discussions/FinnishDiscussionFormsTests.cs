using System.Globalization;
using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Moderation;
using Academy.Discussions.Threads.PostReply;

namespace Academy.ComponentTests.Discussions;

/// <summary>The discussion forms speak Finnish to a Finnish reader: their labels, buttons and the messages beside their fields.</summary>
public sealed class FinnishDiscussionFormsTests : ComponentTest, IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public FinnishDiscussionFormsTests() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fi");

    void IDisposable.Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }

    [Fact]
    public void An_empty_reply_is_refused_in_Finnish_beside_the_body()
    {
        var form = Render<ReplyForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7));

        form.Find("form").Submit();

        Assert.Equal("Vastaa", form.Find("#reply-heading").TextContent);
        Assert.Equal("Vastauksesi", form.Find("label[for=reply-body]").TextContent.Trim());
        Assert.Equal("Lähetä vastaus", form.Find("button[type=submit]").TextContent);
        Assert.Equal("Kirjoita ensin jotain.", form.Find("#reply-body-error").TextContent);
        Assert.Equal("Esikatsele", form.Find("form").GetAttribute("data-text-preview"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Locking_a_thread_without_a_reason_is_refused_in_Finnish_beside_the_reason()
    {
        Post("moderate-thread", ("Moderation.Action", "Lock"));
        var form = Render<ModerateThreadForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7));

        form.Find("form").Submit();

        Assert.Equal("Moderoi ketjua", form.Find("summary").TextContent);
        Assert.Equal("Lukitse ketju", form.Find("label[for=lock-reason]").TextContent.Trim());
        Assert.Equal("Kerro syy: jäsenet näkevät sen.", form.Find("#lock-reason-error").TextContent);
        Assert.Empty(Sent.All);
    }
}
