using System.Globalization;
using Academy.Courses.Content;
using Academy.Shared.Localization;

namespace Academy.UnitTests.Courses;

/// <summary>A course says in course.md which language its content is in (<c>language:</c>); pages mark its words with it.</summary>
public sealed class CourseLanguageTests
{
    private static string Course(string? language) => $"""
        ---
        title: "Strategy"
        slug: strategy
        {(language is null ? string.Empty : $"language: {language}\n")}summary: "Choosing where to play."
        hours: 6
        ---

        ## About

        Text.
        """;

    [Fact]
    public void The_course_in_the_repository_says_it_is_in_english()
    {
        var root = Path.Combine(RepositoryRoot(), "content", "social-media-for-leaders", "course.md");

        Assert.Equal("en", ContentFiles.ParseCourse(File.ReadAllText(root)).Language);
        Assert.Contains("\nlanguage: en\n", File.ReadAllText(root).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_course_that_does_not_say_is_english() => Assert.Equal("en", ContentFiles.ParseCourse(Course(null)).Language);

    [Theory]
    [InlineData("fi", "fi")]
    [InlineData("FI", "fi")]
    [InlineData("en", "en")]
    [InlineData("sv", "sv")] // not a language Academy speaks, but one a course may be written in
    [InlineData("sv-fi", "sv-FI")]
    [InlineData("en-GB", "en-GB")]
    public void A_known_language_tag_is_kept_as_the_platform_writes_it(string declared, string kept) =>
        Assert.Equal(kept, ContentFiles.ParseCourse(Course(declared)).Language);

    [Theory]
    [InlineData("klingon")]
    [InlineData("english")]
    [InlineData("xx-nowhere")]
    [InlineData("\"\"")]
    [InlineData("en_GB!")]
    public void A_language_the_platform_does_not_know_is_refused_with_a_reason(string declared)
    {
        var exception = Assert.Throws<ContentFormatException>(() => ContentFiles.ParseCourse(Course(declared)));

        Assert.Contains("is not a language tag this platform knows, such as en, fi or sv-FI", exception.Message);
        Assert.Equal(ContentFiles.InvalidLanguage, Assert.Single(exception.Problems).Format);
    }

    [Fact]
    public void A_course_written_in_the_app_says_its_language_and_reads_back()
    {
        var file = new CourseFile { Title = "Strategia", Slug = "strategia", Summary = "Missä pelataan.", Hours = 6, Language = "fi", Body = "## Kurssista\n" };

        var text = ContentFiles.WriteCourse(file);

        Assert.Contains("\nlanguage: fi\n", text);
        Assert.Equal("fi", ContentFiles.ParseCourse(text).Language);
    }

    [Fact]
    public void Changing_the_language_changes_only_its_line_of_the_file()
    {
        var text = Course("en").ReplaceLineEndings("\n");

        var changed = ContentFiles.WithLanguage(text, "fi");

        Assert.Equal(text.Replace("language: en", "language: fi", StringComparison.Ordinal), changed);
        Assert.Equal("fi", ContentFiles.ParseCourse(changed).Language);
    }

    [Fact]
    public void A_file_that_did_not_say_gets_its_language_after_the_slug()
    {
        var changed = ContentFiles.WithLanguage(Course(null).ReplaceLineEndings("\r\n"), "sv");

        Assert.Contains("slug: strategy\nlanguage: sv\nsummary:", changed);
        Assert.Equal("sv", ContentFiles.ParseCourse(changed).Language);
        Assert.EndsWith("Text.", changed);
    }

    [Fact]
    public void Culture_data_comes_from_icu_not_the_invariant_globalization_mode()
    {
        // Languages and Finnish collation need ICU: with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT every culture would be the invariant one.
        Assert.NotEqual("1", Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"));
        Assert.True(AcademyCultures.TryContentLanguage("fi", out _));
        Assert.True(string.Compare("Åberg", "Zetterberg", CultureInfo.GetCultureInfo("fi"), CompareOptions.IgnoreCase) > 0);
        Assert.True(string.Compare("Åberg", "Zetterberg", CultureInfo.GetCultureInfo("en"), CompareOptions.IgnoreCase) < 0);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Academy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository was not found above the test binaries.");
    }
}
