using Academy.Courses.Content;

namespace Academy.UnitTests.Courses;

public sealed class ContentFilesTests
{
    private const string ValidModule = """
        ---
        title: "Your radar"
        slug: your-radar
        order: 2
        minutes: 15
        objectives:
          - "Build a radar"
        discussion_prompts:
          - title: "Signals"
            prompt: "What do you watch?"
        reflection_prompts:
          - slug: my-radar
            title: "My radar"
            prompt: "Describe your radar."
            rubric:
              - criterion: "Clarity"
                description: "Is it clear?"
                levels:
                  - name: "Beginning"
                    description: "Unclear"
                    points: 1
                  - name: "Exemplary"
                    description: "Clear"
                    points: 4
        further_reading:
          - title: "A book"
            author: "Someone"
            note: "Why"
        ---

        ## Body

        Text.
        """;

    [Fact]
    public void A_module_file_gives_its_front_matter_and_body()
    {
        var module = ContentFiles.ParseModule(ValidModule);

        Assert.Equal("your-radar", module.Slug);
        Assert.Equal(2, module.Order);
        Assert.Equal("Build a radar", Assert.Single(module.Objectives));
        Assert.Equal("What do you watch?", Assert.Single(module.DiscussionPrompts).Prompt);
        var criterion = Assert.Single(Assert.Single(module.ReflectionPrompts).Rubric);
        Assert.Equal([1, 4], criterion.Levels.Select(level => level.Points));
        Assert.StartsWith("## Body", module.Body);
    }

    [Fact]
    public void Windows_line_endings_parse_and_hash_like_unix_ones()
    {
        var windows = ValidModule.ReplaceLineEndings("\r\n");

        Assert.Equal("your-radar", ContentFiles.ParseModule(windows).Slug);
        Assert.Equal(ContentFiles.Hash(ValidModule.ReplaceLineEndings("\n")), ContentFiles.Hash(windows));
    }

    [Theory]
    [InlineData("no front matter at all", "must start with YAML front matter")]
    [InlineData("---\ntitle: x\n", "must start with YAML front matter")]
    [InlineData("---\ntitle: \"A\"\nslug: Bad Slug\norder: 1\nminutes: 5\n---\nbody", "slug must be lower-case")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 0\nminutes: 5\n---\nbody", "order must be a positive number")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nminutes: 5\n---\n", "body after the front matter is empty")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nminutes: 5\ntitel: typo\n---\nbody", "front matter, line")]
    [InlineData("---\ntitle: [unclosed\n---\nbody", "front matter, line")]
    public void A_malformed_module_file_is_rejected_with_a_reason(string text, string reason)
    {
        var exception = Assert.Throws<ContentFormatException>(() => ContentFiles.ParseModule(text));

        Assert.Contains(reason, exception.Message);
    }

    [Fact]
    public void The_course_in_the_repository_parses()
    {
        var root = FindRepositoryContent();
        var course = ContentFiles.ParseCourse(File.ReadAllText(Path.Combine(root, "social-media-for-leaders", "course.md")));
        var modules = Directory.GetFiles(Path.Combine(root, "social-media-for-leaders", "modules"), "*.md")
            .Select(path => ContentFiles.ParseModule(File.ReadAllText(path)))
            .ToList();

        Assert.Equal("social-media-for-leaders", course.Slug);
        Assert.NotEmpty(course.Credits);
        Assert.NotEmpty(modules);
        Assert.All(modules, module =>
        {
            Assert.InRange(module.Objectives.Count, 3, 4);
            Assert.NotEmpty(module.ReflectionPrompts);
            Assert.All(module.ReflectionPrompts, prompt => Assert.InRange(prompt.Rubric.Count, 3, 4));
        });
        Assert.Equal(modules.Count, modules.Select(module => module.Slug).Distinct().Count());
    }

    [Fact]
    public void Writing_a_module_back_gives_the_course_files_unchanged_so_an_edit_in_the_app_differs_only_where_the_author_changed_it()
    {
        var files = Directory.GetFiles(Path.Combine(FindRepositoryContent(), "social-media-for-leaders", "modules"), "*.md");
        Assert.NotEmpty(files);
        Assert.All(files, path =>
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            Assert.Equal(text, ContentFiles.WriteModule(ContentFiles.ParseModule(text)));
        });
    }

    [Fact]
    public void Text_with_quotes_backslashes_and_line_breaks_survives_writing_and_reading()
    {
        var module = ContentFiles.ParseModule(ValidModule);
        module.Title = "A \"quoted\" title with a back\\slash";
        module.Objectives = ["Line one\nline two\tand a tab"];
        var again = ContentFiles.ParseModule(ContentFiles.WriteModule(module));
        Assert.Equal(module.Title, again.Title);
        Assert.Equal(module.Objectives, again.Objectives);
    }

    private static string FindRepositoryContent()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var content = Path.Combine(folder.FullName, "content");
            if (Directory.Exists(content) && File.Exists(Path.Combine(folder.FullName, "Academy.sln")))
            {
                return content;
            }
        }

        throw new DirectoryNotFoundException("The repository's content folder was not found above the test binaries.");
    }
}
