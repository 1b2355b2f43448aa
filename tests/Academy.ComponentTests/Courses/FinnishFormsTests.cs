using System.Globalization;
using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;

namespace Academy.ComponentTests.Courses;

/// <summary>The Courses module's forms speak Finnish to a Finnish reader: labels, buttons and the messages beside the fields.</summary>
public sealed class FinnishFormsTests : ComponentTest
{
    /// <summary>The test reads Finnish until the returned scope ends; then the languages it had come back.</summary>
    private static Scope InFinnish()
    {
        var scope = new Scope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fi");
        return scope;
    }

    private sealed record Scope(CultureInfo Culture, CultureInfo UiCulture) : IDisposable
    {
        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Culture, UiCulture);
    }

    [Fact]
    public void The_new_module_form_is_labelled_in_finnish_and_refuses_an_empty_title_in_finnish_beside_it()
    {
        using var finnish = InFinnish();
        var form = Render<AddModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        Assert.Equal("Otsikko", form.Find("label[for=module-title]").TextContent);
        Assert.Equal("Osoitetunnus", form.Find("label[for=module-slug]").TextContent);
        Assert.Equal("Lisää moduuli", form.Find("button[type=submit]").TextContent);

        form.Find("form").Submit();

        Assert.Equal("Anna moduulille otsikko.", form.Find("#module-title-error").TextContent);
        Assert.Equal("Pieniä kirjaimia, numeroita ja yhdysmerkkejä, esimerkiksi oma-tutka: tämä on osa moduulin verkko-osoitetta.",
            form.Find("#module-slug-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void The_module_editor_says_in_finnish_what_each_field_needs_and_names_new_rubric_levels_in_finnish()
    {
        using var finnish = InFinnish();
        var module = new ModuleForEditing("strategy", "Strategy", "fi", "your-radar", new ModuleFields { Title = "Tutka", Minutes = 10, Body = "Teksti." }, 1,
            DateTimeOffset.UnixEpoch, "Grace", null);
        Post("module", ("Input.Title", " "), ("Input.Minutes", "0"), ("Input.Objectives", ""), ("Input.Body", ""), ("PublishAt", ""), ("Action", "save"));
        var form = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.Module, module));

        Assert.Equal("Lukuaika (minuuttia)", form.Find("label[for=minutes]").TextContent);
        Assert.Equal("Tallenna luonnos", form.Find("button[value=save]").TextContent);

        form.Find("form").Submit();

        Assert.Equal("Anna moduulille otsikko.", form.Find("#title-error").TextContent);
        Assert.Equal("Lukuajan on oltava 1–600 minuuttia.", form.Find("#minutes-error").TextContent);
        Assert.Equal("Kirjoita moduulin teksti.", form.Find("#body-error").TextContent);
        Assert.Equal("Joissakin kentissä on korjattavaa; syy näkyy kunkin kentän kohdalla.", form.Find(".form-errors").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_new_reflection_prompt_of_a_course_in_finnish_has_its_four_levels_named_in_finnish()
    {
        using var finnish = InFinnish();
        var module = new ModuleForEditing("strategy", "Strategy", "fi", "your-radar", new ModuleFields { Title = "Tutka", Minutes = 10, Body = "Teksti." }, 1,
            DateTimeOffset.UnixEpoch, "Grace", null);
        Post("module", ("Input.Title", "Tutka"), ("Input.Minutes", "10"), ("Input.Objectives", ""), ("Input.Body", "Teksti."), ("PublishAt", ""), ("Action", "add-reflection"));
        var form = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.Module, module));

        form.Find("form").Submit();

        Assert.Equal(["Alkava", "Kehittyvä", "Osaava", "Erinomainen"],
            Enumerable.Range(0, 4).Select(l => form.Find($"#reflection-0-criterion-0-level-{l}-name").GetAttribute("value")));
        Assert.Equal("Reflektiotehtävä 1", form.Find(".reflection-prompt-fields legend").TextContent);
    }

    [Fact]
    public void A_course_in_english_is_edited_in_finnish_around_its_english_words_and_new_levels_are_named_in_english()
    {
        using var finnish = InFinnish();
        var module = new ModuleForEditing("strategy", "Strategy", "en", "your-radar", new ModuleFields { Title = "Your radar", Minutes = 10, Body = "Text." }, 1,
            DateTimeOffset.UnixEpoch, "Grace", null);
        Post("module", ("Input.Title", "Your radar"), ("Input.Minutes", "10"), ("Input.Objectives", ""), ("Input.Body", "Text."), ("PublishAt", ""), ("Action", "add-reflection"));
        var form = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.Module, module));

        form.Find("form").Submit();

        Assert.Equal("Reflektiotehtävä 1", form.Find(".reflection-prompt-fields legend").TextContent); // our words: Finnish
        Assert.Equal(["Beginning", "Developing", "Proficient", "Exemplary"], // the course's words: its language
            Enumerable.Range(0, 4).Select(l => form.Find($"#reflection-0-criterion-0-level-{l}-name").GetAttribute("value")));
        Assert.Equal("en", form.Find("#body").GetAttribute("lang"));
        Assert.Equal("en", form.Find("#title").GetAttribute("lang"));
        Assert.Null(form.Find("#reflection-0-slug").GetAttribute("lang")); // a slug is no language's words
    }

    [Fact]
    public void The_picture_form_asks_for_a_picture_in_finnish_beside_the_file_input()
    {
        using var finnish = InFinnish();
        Post("image");
        var form = Render<UploadModuleImageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy"));

        Assert.Equal("Kuva", form.Find("label[for=image-file]").TextContent);

        form.Find("form").Submit();

        Assert.Equal("Valitse kuva.", form.Find("#image-file-error").TextContent);
        Assert.Empty(Sent.All);
    }
}
