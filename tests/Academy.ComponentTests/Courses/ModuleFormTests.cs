using System.Globalization;
using System.Security.Claims;
using Academy.ComponentTests.Infrastructure;
using Academy.Courses.Authoring;
using Academy.Shared.Errors;
using Academy.Shared.Security;

namespace Academy.ComponentTests.Courses;

// The module form is no EditForm and binds no input: it reads what was posted ([SupplyParameterFromForm] Input, the
// clicked button's name="Action" value, PublishAt). So each test posts the form as the browser would (every control's
// text as typed, an empty one as "", the clicked button's value, the datetime-local time as "yyyy-MM-ddTHH:mm"), renders
// the post and submits it, as static rendering does.
// It has no conflict view: it passes no onConflict, and the Courses module has no ConflictException of its own.
public sealed class ModuleFormTests : ComponentTest
{
    private static ModuleForEditing Editing(DateTimeOffset? publishDraftAt = null) => new("strategy", "Strategy", "en", "your-radar",
        new ModuleFields { Title = "The draft's title", Minutes = 10, Body = "The draft's text." }, 1, DateTimeOffset.UnixEpoch, "Grace", publishDraftAt);

    private static ModuleFields Typed() => new() { Title = "Your radar", Minutes = 15, Objectives = "Scan the horizon\nDecide what matters", Body = "## Why\nBecause." };

    /// <summary>What the browser posts of the form's controls showing <paramref name="typed"/>, in the form's order.</summary>
    private static IEnumerable<(string Name, string Value)> Controls(ModuleFields typed)
    {
        yield return ("Input.Title", typed.Title);
        yield return ("Input.Minutes", typed.Minutes.ToString(CultureInfo.InvariantCulture));
        yield return ("Input.Objectives", typed.Objectives);
        yield return ("Input.Body", typed.Body);
        for (var i = 0; i < typed.DiscussionPrompts.Count; i++)
        {
            yield return ($"Input.DiscussionPrompts[{i}].Title", typed.DiscussionPrompts[i].Title);
            yield return ($"Input.DiscussionPrompts[{i}].Prompt", typed.DiscussionPrompts[i].Prompt);
        }

        for (var p = 0; p < typed.ReflectionPrompts.Count; p++)
        {
            var prompt = typed.ReflectionPrompts[p];
            yield return ($"Input.ReflectionPrompts[{p}].Slug", prompt.Slug);
            yield return ($"Input.ReflectionPrompts[{p}].Title", prompt.Title);
            yield return ($"Input.ReflectionPrompts[{p}].Prompt", prompt.Prompt);
            for (var c = 0; c < prompt.Criteria.Count; c++)
            {
                var criterion = prompt.Criteria[c];
                yield return ($"Input.ReflectionPrompts[{p}].Criteria[{c}].Criterion", criterion.Criterion);
                yield return ($"Input.ReflectionPrompts[{p}].Criteria[{c}].Description", criterion.Description);
                for (var l = 0; l < criterion.Levels.Count; l++)
                {
                    var level = criterion.Levels[l];
                    yield return ($"Input.ReflectionPrompts[{p}].Criteria[{c}].Levels[{l}].Name", level.Name);
                    yield return ($"Input.ReflectionPrompts[{p}].Criteria[{c}].Levels[{l}].Points", level.Points?.ToString(CultureInfo.InvariantCulture) ?? "");
                    yield return ($"Input.ReflectionPrompts[{p}].Criteria[{c}].Levels[{l}].Description", level.Description);
                }
            }
        }

        for (var r = 0; r < typed.FurtherReading.Count; r++)
        {
            var reading = typed.FurtherReading[r];
            yield return ($"Input.FurtherReading[{r}].Title", reading.Title);
            yield return ($"Input.FurtherReading[{r}].Author", reading.Author);
            yield return ($"Input.FurtherReading[{r}].Url", reading.Url ?? "");
            yield return ($"Input.FurtherReading[{r}].Note", reading.Note);
        }
    }

    private IRenderedComponent<ModuleForm> Submit(string action, ModuleFields typed, DateTime? publishAt = null, ModuleForEditing? module = null)
    {
        Post("module", [.. Controls(typed), ("PublishAt", publishAt?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) ?? ""), ("Action", action)]);
        var form = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar")
            .Add(p => p.Module, module ?? Editing()));
        AssertPostedFrom(form.Find("form"));
        form.Find("form").Submit();
        return form;
    }

    [Fact]
    public void The_form_starts_from_the_draft()
    {
        var form = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.Module, Editing()));

        Assert.Equal(("The draft's title", "10", "The draft's text."),
            (form.Find("#title").GetAttribute("value"), form.Find("#minutes").GetAttribute("value"), form.Find("#body").TextContent));
    }

    [Fact]
    public void Save_draft_sends_the_typed_fields_alone_and_the_editor_says_the_draft_was_saved()
    {
        var typed = Typed();

        Submit("save", typed);

        var sent = Assert.IsType<SaveModuleDraft>(Assert.Single(Sent.All));
        Assert.Equal(("strategy", "your-radar"), (sent.CourseSlug, sent.ModuleSlug));
        Assert.Equivalent(typed, sent.Fields, strict: true);
        Assert.Equal(("Your radar", 15, "Scan the horizon\nDecide what matters", "## Why\nBecause."),
            (sent.Fields.Title, sent.Fields.Minutes, sent.Fields.Objectives, sent.Fields.Body));
        Assert.Equal("/teach/courses/strategy/modules/your-radar?saved=draft", NavigatedTo);
    }

    [Fact]
    public void Save_and_publish_saves_the_draft_then_publishes_it()
    {
        var typed = Typed();

        Submit("publish", typed);

        Assert.Equal([typeof(SaveModuleDraft), typeof(PublishModuleDraft)], Sent.All.Select(request => request.GetType()));
        Assert.Equivalent(typed, Sent.Single<SaveModuleDraft>().Fields, strict: true);
        Assert.Equal(new PublishModuleDraft("strategy", "your-radar"), Sent.Single<PublishModuleDraft>());
        Assert.Equal("/teach/courses/strategy/modules/your-radar?saved=published", NavigatedTo);
    }

    [Fact]
    public void Save_and_schedule_saves_the_draft_then_schedules_it_at_the_time_given_on_the_instructors_own_clock()
    {
        SignIn("instructor-1", "Ines", [new Claim(AcademyClaimTypes.TimeZone, "America/New_York")]);
        var form = Submit("schedule", Typed(), publishAt: new DateTime(2027, 1, 4, 9, 30, 0));

        Assert.Equal("Publish at a later time (New York time (EST/EDT))", form.Find("label[for=publish-at]").TextContent);
        Assert.Equal([typeof(SaveModuleDraft), typeof(ScheduleModulePublication)], Sent.All.Select(request => request.GetType()));
        Assert.Equal(new ScheduleModulePublication("strategy", "your-radar", new DateTimeOffset(2027, 1, 4, 14, 30, 0, TimeSpan.Zero)),
            Sent.Single<ScheduleModulePublication>());
        Assert.Equal("/teach/courses/strategy/modules/your-radar?saved=scheduled", NavigatedTo);
    }

    [Fact]
    public void Save_and_schedule_without_a_time_saves_the_draft_and_asks_for_the_time_beside_it()
    {
        var form = Submit("schedule", Typed());

        Assert.IsType<SaveModuleDraft>(Assert.Single(Sent.All));
        Assert.Equal("Choose when to publish.", form.Find("#publish-at-error").TextContent);
        Assert.Equal("Some fields need attention; each says why below.", form.Find(".form-errors").TextContent);
        Assert.Equal("Your radar", form.Find("#title").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_time_refused_by_the_schedule_is_said_beside_it_and_the_time_and_fields_typed_are_kept()
    {
        Sent.Refuse<ScheduleModulePublication>(new RuleViolation("Choose a time in the future, or publish now.", nameof(ScheduleModulePublication.At)));

        var form = Submit("schedule", Typed(), publishAt: new DateTime(2020, 1, 4, 9, 30, 0));

        Assert.Equal("Choose a time in the future, or publish now.", form.Find("#publish-at-error").TextContent);
        Assert.Equal("2020-01-04T09:30", form.Find("#publish-at").GetAttribute("value"));
        Assert.Equal(("Your radar", "## Why\nBecause."), (form.Find("#title").GetAttribute("value"), form.Find("#body").TextContent));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Cancel_the_schedule_is_offered_only_when_one_is_set_and_saves_the_draft_without_a_time()
    {
        var unscheduled = Render<ModuleForm>(parameters => parameters.Add(p => p.CourseSlug, "strategy").Add(p => p.ModuleSlug, "your-radar").Add(p => p.Module, Editing()));
        Assert.Empty(unscheduled.FindAll("button[name=Action][value=unschedule]"));

        var scheduled = Submit("unschedule", Typed(), module: Editing(publishDraftAt: new DateTimeOffset(2027, 1, 4, 9, 30, 0, TimeSpan.Zero)));

        Assert.Equal("Cancel the schedule", scheduled.Find("button[name=Action][value=unschedule]").TextContent);
        Assert.Equal([typeof(SaveModuleDraft), typeof(ScheduleModulePublication)], Sent.All.Select(request => request.GetType()));
        Assert.Equal(new ScheduleModulePublication("strategy", "your-radar", null), Sent.Single<ScheduleModulePublication>());
        Assert.Equal("/teach/courses/strategy/modules/your-radar?saved=draft", NavigatedTo);
    }

    [Fact]
    public void Preview_shows_the_typed_text_as_learners_will_see_it_and_saves_nothing()
    {
        Sent.Answer<PreviewModuleBody>(_ => "<h2 id=\"why\">Why</h2><p>Because.</p>");

        var form = Submit("preview", Typed());

        Assert.Equal(new PreviewModuleBody("strategy", "## Why\nBecause."), Assert.Single(Sent.All));
        Assert.Equal("<h2 id=\"why\">Why</h2><p>Because.</p>", form.Find("[data-preview] .prose").InnerHtml);
        Assert.Equal("Your radar", form.Find("#title").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Empty_title_reading_time_and_text_are_refused_beside_each_and_nothing_is_sent()
    {
        var typed = Typed();
        typed.Title = " ";
        typed.Minutes = 0;
        typed.Body = "";

        var form = Submit("save", typed);

        Assert.Equal("Give the module a title.", form.Find("#title-error").TextContent);
        Assert.Equal("Reading time is between 1 and 600 minutes.", form.Find("#minutes-error").TextContent);
        Assert.Equal("Write the module's text.", form.Find("#body-error").TextContent);
        Assert.Equal("Some fields need attention; each says why below.", form.Find(".form-errors").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_refused_publish_keeps_what_was_typed()
    {
        var typed = Typed();
        typed.Minutes = 601;

        var form = Submit("publish", typed);

        Assert.Equal("Reading time is between 1 and 600 minutes.", form.Find("#minutes-error").TextContent);
        Assert.Equal(("Your radar", "601", "Scan the horizon\nDecide what matters", "## Why\nBecause."),
            (form.Find("#title").GetAttribute("value"), form.Find("#minutes").GetAttribute("value"), form.Find("#objectives").TextContent, form.Find("#body").TextContent));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Rows_of_prompts_rubrics_and_readings_are_refused_beside_their_own_fields()
    {
        var typed = Typed();
        typed.DiscussionPrompts.Add(new DiscussionPromptFields { Title = "Your radar today" });
        var reflection = ReflectionPromptFields.Blank();
        reflection.Slug = "My Radar";
        reflection.Title = "My radar";
        reflection.Prompt = "Draw it.";
        reflection.Criteria[0].Criterion = "Clarity";
        reflection.Criteria[0].Levels[1].Points = 1;
        typed.ReflectionPrompts.Add(reflection);
        typed.FurtherReading.Add(new ReadingFields { Title = "Competitive strategy", Url = "http://example.com/porter" });

        var form = Submit("save", typed);

        Assert.Equal("Write the prompt.", form.Find("#discussion-0-prompt-error").TextContent);
        Assert.Empty(form.FindAll("#discussion-0-title-error"));
        Assert.Equal("Lower-case letters, digits and hyphens, for example my-radar: it is part of the reflection's address.",
            form.Find("#reflection-0-slug-error").TextContent);
        Assert.Equal("Each level needs its own number of points.", form.Find("#reflection-0-criterion-0-levels-error").TextContent);
        Assert.Equal("A link starts with https://.", form.Find("#reading-0-url-error").TextContent);
        Assert.Equal(("My Radar", "http://example.com/porter"), (form.Find("#reflection-0-slug").GetAttribute("value"), form.Find("#reading-0-url").GetAttribute("value")));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Two_reflection_prompts_with_one_slug_are_refused_below_the_prompts()
    {
        var typed = Typed();
        foreach (var title in new[] { "First", "Second" })
        {
            var prompt = ReflectionPromptFields.Blank();
            (prompt.Slug, prompt.Title, prompt.Prompt, prompt.Criteria[0].Criterion) = ("my-radar", title, "Draw it.", "Clarity");
            typed.ReflectionPrompts.Add(prompt);
        }

        var form = Submit("save", typed);

        Assert.Equal("Each reflection prompt needs its own slug.", form.Find("#reflection-prompts-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_slug_refused_by_the_draft_rule_is_said_beside_it_and_the_typed_slug_is_kept()
    {
        Sent.Refuse<SaveModuleDraft>(new RuleViolation([new RuleMessage("Fields.ReflectionPrompts[0].Slug", "Another module already has a reflection prompt with this slug.")]));
        var typed = Typed();
        var prompt = ReflectionPromptFields.Blank();
        (prompt.Slug, prompt.Title, prompt.Prompt, prompt.Criteria[0].Criterion) = ("my-radar", "My radar", "Draw it.", "Clarity");
        typed.ReflectionPrompts.Add(prompt);

        var form = Submit("publish", typed);

        Assert.Equal("Another module already has a reflection prompt with this slug.", form.Find("#reflection-0-slug-error").TextContent);
        Assert.Equal("my-radar", form.Find("#reflection-0-slug").GetAttribute("value"));
        Assert.Empty(Sent.All); // Sent holds what was answered: not the refused draft, and no publish after it
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_refusal_about_the_whole_module_is_said_above_the_form()
    {
        Sent.Refuse<PublishModuleDraft>(new RuleViolation("The module cannot be published while its course is archived."));

        var form = Submit("publish", Typed());

        Assert.Equal("The module cannot be published while its course is archived.", form.Find(".form-errors").TextContent);
        Assert.IsType<SaveModuleDraft>(Assert.Single(Sent.All));
        Assert.Equal("Your radar", form.Find("#title").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Add_a_discussion_prompt_adds_empty_fields_keeps_what_was_typed_and_sends_nothing()
    {
        var form = Submit("add-discussion", Typed());

        Assert.Equal(("", ""), (form.Find("#discussion-0-title").GetAttribute("value"), form.Find("#discussion-0-prompt").TextContent));
        Assert.Equal("Your radar", form.Find("#title").GetAttribute("value"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Add_a_reflection_prompt_adds_one_with_a_criterion_of_the_four_usual_levels()
    {
        var form = Submit("add-reflection", Typed());

        Assert.Equal("", form.Find("#reflection-0-slug").GetAttribute("value"));
        Assert.Equal(["Beginning", "Developing", "Proficient", "Exemplary"],
            Enumerable.Range(0, 4).Select(l => form.Find($"#reflection-0-criterion-0-level-{l}-name").GetAttribute("value")));
        Assert.Equal(["1", "2", "3", "4"],
            Enumerable.Range(0, 4).Select(l => form.Find($"#reflection-0-criterion-0-level-{l}-points").GetAttribute("value")));
        Assert.Empty(form.FindAll("#reflection-0-criterion-1"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Add_a_criterion_adds_one_to_that_prompt_only()
    {
        var typed = Typed();
        typed.ReflectionPrompts.Add(ReflectionPromptFields.Blank());
        typed.ReflectionPrompts.Add(ReflectionPromptFields.Blank());

        var form = Submit("add-criterion-1", typed);

        Assert.Single(form.FindAll("#reflection-1-criterion-1"));
        Assert.Empty(form.FindAll("#reflection-0-criterion-1"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Add_a_reading_adds_empty_reading_fields()
    {
        var form = Submit("add-reading", Typed());

        Assert.Equal(("", null), (form.Find("#reading-0-title").GetAttribute("value"), form.Find("#reading-0-url").GetAttribute("value")));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }
}
