using System.Globalization;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Sessions;
using Academy.ComponentTests.Infrastructure;

namespace Academy.ComponentTests.Cohorts;

/// <summary>The Cohorts module's forms speak Finnish to a Finnish reader: labels, hints, buttons and the messages beside the fields.</summary>
public sealed class CohortsInFinnishTests : ComponentTest
{
    /// <summary>Reads in Finnish until disposed, then as before.</summary>
    private sealed class Finnish : IDisposable
    {
        private readonly (CultureInfo Culture, CultureInfo UiCulture) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        public Finnish() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fi");

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
    }

    [Fact]
    public void The_session_form_labels_its_fields_and_refuses_an_empty_session_in_finnish()
    {
        using var finnish = new Finnish();
        var view = new SessionFormView("mba-2026", "Executive MBA 2026", [new ModuleChoice("why", "Moduuli 1: Why leaders engage")], null,
            IsCancelled: false);
        var form = Render<SessionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.View, view));

        Assert.Equal("Otsikko", form.Find("label[for=session-title]").TextContent.Trim());
        Assert.Equal("Ajoita tapaaminen", form.Find("button[type=submit]").TextContent);
        Assert.Equal("Ei moduulia", form.Find("#session-module option[value='']").TextContent);

        form.Find("form").Submit();

        Assert.Equal("Anna tapaamiselle otsikko.", form.Find("#session-title-error").TextContent);
        Assert.Equal("Valitse tapaamisen päivä.", form.Find("#session-on-error").TextContent);
        Assert.Equal("Anna kokouslinkki, paikka tai molemmat.", form.Find("#session-meeting-url-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Asking_to_connect_without_a_note_is_refused_beside_the_note_in_finnish()
    {
        using var finnish = new Finnish();
        var form = Render<AskToConnectForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.MemberId, "u-bea"));

        Assert.Equal("Miksi haluaisit luoda yhteyden", form.Find("label[for=connect-note]").TextContent.Trim());
        Assert.Equal("Pyydä yhteyttä", form.Find("button[type=submit]").TextContent);

        form.Find("#connect-note").Change(new string('n', 501));
        form.Find("form").Submit();

        Assert.Equal("Viesti voi olla enintään 500 merkkiä.", form.Find("#connect-note-error").TextContent);
        Assert.Empty(Sent.All);
    }
}
