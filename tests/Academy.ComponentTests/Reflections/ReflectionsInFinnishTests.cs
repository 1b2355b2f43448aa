using System.Globalization;
using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Deadlines;
using Academy.Reflections.Writing;

namespace Academy.ComponentTests.Reflections;

/// <summary>The Reflections forms speak Finnish to a Finnish reader: labels, hints, buttons, and the messages beside the fields.</summary>
public sealed class ReflectionsInFinnishTests : ComponentTest
{
    public ReflectionsInFinnishTests() => SignIn("ada", "Ada Lovelace");

    /// <summary>The reader's language is Finnish until the returned scope ends; then it is what it was.</summary>
    private static Finnish InFinnish() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    private sealed class Finnish : IDisposable
    {
        private readonly (CultureInfo Culture, CultureInfo UICulture) before;

        public Finnish(CultureInfo culture, CultureInfo uiCulture)
        {
            before = (culture, uiCulture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fi");
        }

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
    }

    [Fact]
    public void The_editor_labels_its_field_and_buttons_counts_words_and_passes_the_scripts_words_in_finnish()
    {
        using var finnish = InFinnish();
        var form = Render<ReflectionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.View, Examples.View(draft: "Tutkakaaviot piilottavat mittakaavan", draftVersion: 1,
                draftSavedAt: new DateTimeOffset(2026, 5, 9, 17, 5, 0, TimeSpan.Zero))));

        Assert.Equal("Reflektiosi", form.Find("label[for=reflection-body]").TextContent);
        Assert.Equal("Voit käyttää Markdownia. Vain sinä ja kouluttajasi näette sen.", form.Find("#reflection-body-hint").TextContent);
        Assert.Equal(("3 sanaa", "Luonnos tallennettu klo 20.05"), (form.Find("[data-word-count]").TextContent, form.Find("[data-draft-status]").TextContent));
        Assert.Equal(["Palauta reflektio", "Tallenna luonnos", "Esikatselu"], form.FindAll("button[name='Input.Action']").Select(button => button.TextContent));
        var editor = form.Find("form");
        Assert.Equal("{0} sana", editor.GetAttribute("data-text-word"));
        Assert.Equal("Luonnos tallennettu klo {0}", editor.GetAttribute("data-text-saved"));
        Assert.Equal("Säilytä oma tekstini", editor.GetAttribute("data-text-keep"));
    }

    [Fact]
    public void A_submission_not_confirmed_is_refused_in_finnish_beside_the_box_and_the_text_is_kept()
    {
        using var finnish = InFinnish();
        Post("reflection", ("Input.Action", "submit"), ("Input.Body", "Valmis reflektioni."), ("Input.Version", "1"), ("Input.Confirmed", "false"));
        var form = Render<ReflectionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection"));

        form.Find("form").Submit();

        Assert.Equal("Olen valmis palauttamaan: reflektiotani ei voi enää muokata", form.Find("label[for=confirm-submit]").TextContent);
        Assert.Equal("Vahvista rastittamalla ruutu: palautettua reflektiota ei voi enää muuttaa.", form.Find("#confirm-submit-error").TextContent);
        Assert.Equal("Valmis reflektioni.", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void An_empty_extension_request_is_refused_in_finnish_beside_each_field()
    {
        using var finnish = InFinnish();
        var form = Render<RequestExtensionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection"));

        form.Find("form").Submit();

        Assert.Equal("Tarvitsetko lisää aikaa? Pyydä lisäaikaa", form.Find("summary").TextContent);
        Assert.Equal(("Mihin asti", "Miksi tarvitset lisäaikaa"), (form.Find("label[for=extension-until]").TextContent, form.Find("label[for=extension-reason]").TextContent));
        Assert.Equal("Kerro, mihin asti tarvitset aikaa.", form.Find("#extension-until-error").TextContent);
        Assert.Equal("Kerro kouluttajallesi lyhyesti, miksi tarvitset lisäaikaa.", form.Find("#extension-reason-error").TextContent);
        Assert.Equal("Pyydä lisäaikaa", form.Find("button[type=submit]").TextContent);
        Assert.Empty(Sent.All);
    }
}
