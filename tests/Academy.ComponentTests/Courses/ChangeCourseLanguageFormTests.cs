using System.Globalization;
using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;
using Academy.Courses.Catalogue.ViewCourse;
using Academy.Courses.Learning.Progress;

namespace Academy.ComponentTests.Courses;

/// <summary>The language a course's content is written in: chosen on its authoring page, and the <c>lang</c> of its words on its pages.</summary>
public sealed class ChangeCourseLanguageFormTests : ComponentTest
{
    [Fact]
    public void The_form_shows_the_courses_language_among_the_languages_named_in_themselves()
    {
        var form = Render<ChangeCourseLanguageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Language, "en"));

        Assert.Equal("Language of its content", form.Find("label[for=content-language]").TextContent);
        Assert.Equal([("en", "English", "en"), ("fi", "suomi", "fi")],
            form.FindAll("#content-language option").Select(option => (option.GetAttribute("value"), option.TextContent, option.GetAttribute("lang"))));
        Assert.Equal("en", form.Find("#content-language option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void A_course_in_another_language_keeps_it_as_a_choice()
    {
        var form = Render<ChangeCourseLanguageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Language, "sv"));

        Assert.Equal(["en", "fi", "sv"], form.FindAll("#content-language option").Select(option => option.GetAttribute("value")));
        Assert.Equal("svenska", form.Find("#content-language option[value=sv]").TextContent);
        Assert.Equal("sv", form.Find("#content-language option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void The_chosen_language_is_sent_for_the_course_and_the_authoring_page_opens_again()
    {
        var form = Render<ChangeCourseLanguageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Language, "en"));

        form.Find("#content-language").Change("fi");
        form.Find("form").Submit();

        Assert.Equal(new ChangeCourseLanguage("strategy", "fi"), Sent.Single<ChangeCourseLanguage>());
        Assert.Equal("/teach/courses/strategy", NavigatedTo);
    }

    [Fact]
    public void A_language_nobody_knows_is_refused_beside_the_choice_in_finnish()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fi");
        try
        {
            Post("course-language", ("Input.Language", "klingon"));
            var form = Render<ChangeCourseLanguageForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.Language, "en"));

            form.Find("form").Submit();

            Assert.Equal("Sisällön kieli", form.Find("label[for=content-language]").TextContent);
            Assert.Equal("Valitse kieli, jolla kurssi on kirjoitettu.", form.Find("#content-language-error").TextContent);
            Assert.Empty(Sent.All);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void The_course_page_marks_the_courses_words_with_its_language_and_leaves_ours_in_the_pages()
    {
        Sent.Answer<GetCourse>(_ => new CourseOverview("strategia", "Strategia", "fi", "Missä pelataan.", "Johtajat", 12, "<p>Kurssista.</p>", [],
            [new ModuleListItem(1, "alku", "Alku", 20, null, true, ModuleStatus.NotStarted)], CanReadModules: true, null, [], null));

        var page = Render<CoursePage>(parameters => parameters.Add(p => p.CourseSlug, "strategia"));

        Assert.Equal("fi", page.Find("h1").GetAttribute("lang"));
        Assert.Equal("fi", page.Find(".lead").GetAttribute("lang"));
        Assert.Equal("fi", page.Find(".module-title").GetAttribute("lang"));
        Assert.Equal("fi", page.Find(".about-course .prose").GetAttribute("lang"));
        Assert.Null(page.Find("#modules-heading").GetAttribute("lang")); // our words: the page's language
    }
}
