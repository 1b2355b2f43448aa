using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class EditProfileFormTests : ComponentTest
{
    private const string NotHttps = "Enter a full address starting with https://, for example https://www.linkedin.com/in/your-name.";

    private static readonly MyProfile Saved = new("Ada Lovelace", "Chief analyst", "Analytical Engines Ltd", "Computing", "London, UK",
        "I write **programs** for engines.", ["mathematics", "poetry"], ["looms"], "https://www.linkedin.com/in/ada", null, "https://ada.example.com/blog", null,
        ShowsActivity: true, HeadlineVisibility: FieldVisibility.Cohort, OrganisationVisibility: FieldVisibility.Instructors, IndustryVisibility: FieldVisibility.Cohort,
        LocationVisibility: FieldVisibility.Instructors, BioVisibility: FieldVisibility.Cohort, TagsVisibility: FieldVisibility.Instructors, LinksVisibility: FieldVisibility.Cohort,
        AvatarUrl: null, FirstCohortSlug: "mba-2026");

    private readonly BrowserFormPost browser;
    private int refused;

    public EditProfileFormTests() => browser = BrowserFormPost.AddTo(Services);

    // On a save the page renders the form before it has the profile.
    private IRenderedComponent<EditProfileForm> RenderForm(MyProfile? profile = null) =>
        Render<EditProfileForm>(parameters => parameters.Add(p => p.Profile, profile).Add(p => p.OnRefused, () => refused++));

    [Fact]
    public void The_form_starts_from_the_saved_profile()
    {
        var form = RenderForm(Saved);

        Assert.Equal(
            ["Chief analyst", "Analytical Engines Ltd", "Computing", "London, UK", "I write **programs** for engines.", "mathematics, poetry", "looms",
             "https://www.linkedin.com/in/ada", "", "https://ada.example.com/blog", ""],
            new[] { "headline", "organisation", "industry", "location", "bio", "expertise", "interests", "linkedin", "x", "blog", "website" }
                .Select(id => form.Find($"#{id}").GetAttribute("value") ?? string.Empty));
        Assert.Equal(
            ["Cohort", "Instructors", "Cohort", "Instructors", "Cohort", "Instructors", "Cohort"],
            new[] { "headline", "organisation", "industry", "location", "bio", "tags", "links" }
                .Select(id => form.Find($"#{id}-visibility option[selected]").GetAttribute("value")));
        Assert.True(form.Find("#shows-activity").HasAttribute("checked"));
    }

    [Fact]
    public void A_bio_over_2000_characters_is_refused_beside_the_bio_with_its_length_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("#bio").Change(new string('b', 2_001));
        form.Find("form").Submit();

        Assert.Equal($"A bio can have at most {2_000:N0} characters; this one has {2_001:N0}.", form.Find("#bio-error").TextContent);
        Assert.Equal(new string('b', 2_001), form.Find("#bio").GetAttribute("value"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_headline_over_200_characters_is_refused_beside_the_headline_and_kept_as_typed()
    {
        var headline = new string('h', 201);
        browser.Post("profile", ("Input.Headline", headline));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("Keep the headline to 200 characters.", form.Find("#headline-error").TextContent);
        Assert.Equal(headline, form.Find("#headline").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Too_many_tags_and_too_long_a_tag_are_refused_beside_their_own_lists()
    {
        var form = RenderForm();

        form.Find("#expertise").Change(string.Join(", ", Enumerable.Range(1, 13).Select(i => $"topic {i}")));
        form.Find("#interests").Change($"looms, {new string('t', 41)}");
        form.Find("form").Submit();

        Assert.Equal("At most 12 tags, separated by commas.", form.Find("#expertise-error").TextContent);
        Assert.Equal("Keep each tag to 40 characters.", form.Find("#interests-error").TextContent);
        Assert.Equal($"looms, {new string('t', 41)}", form.Find("#interests").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_link_without_https_is_refused_beside_that_link_and_every_typed_value_is_kept()
    {
        browser.Post("profile",
            ("Input.Headline", "Chief analyst"), ("Input.HeadlineVisibility", "Instructors"),
            ("Input.LinkedInUrl", "linkedin.com/in/ada"), ("Input.BlogUrl", "https://ada.example.com/blog"), ("Input.LinksVisibility", "Instructors"));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(NotHttps, form.Find("#linkedin-error").TextContent);
        Assert.Equal("true", form.Find("#linkedin").GetAttribute("aria-invalid"));
        Assert.Empty(form.FindAll("#blog-error"));
        Assert.Null(form.Find("#blog").GetAttribute("aria-invalid"));
        Assert.Equal("linkedin.com/in/ada", form.Find("#linkedin").GetAttribute("value"));
        Assert.Equal("https://ada.example.com/blog", form.Find("#blog").GetAttribute("value"));
        Assert.Equal("Chief analyst", form.Find("#headline").GetAttribute("value"));
        Assert.Equal("Instructors", form.Find("#headline-visibility option[selected]").GetAttribute("value"));
        Assert.Equal("Instructors", form.Find("#links-visibility option[selected]").GetAttribute("value"));
        Assert.Empty(Sent.All);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_refused_save_keeps_what_was_typed_once_the_page_supplies_the_saved_profile()
    {
        Sent.Refuse<EditProfile>(new RuleViolation("Your profile could not be saved: you have left every cohort."));
        browser.Post("profile", ("Input.Headline", "Chief engineer"), ("Input.Bio", "Rewritten bio."), ("Input.Expertise", "engines"));
        var form = RenderForm();

        form.Find("form").Submit();
        form.Render(parameters => parameters.Add(p => p.Profile, Saved)); // the page, asked through OnRefused

        Assert.Equal(1, refused);
        Assert.Equal("Your profile could not be saved: you have left every cohort.", form.Find(".form-errors").TextContent.Trim());
        Assert.Equal("Chief engineer", form.Find("#headline").GetAttribute("value"));
        Assert.Equal("Rewritten bio.", form.Find("#bio").GetAttribute("value"));
        Assert.Equal("engines", form.Find("#expertise").GetAttribute("value"));
        Assert.Equal(string.Empty, form.Find("#organisation").GetAttribute("value") ?? string.Empty);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Saving_sends_every_field_with_its_visibility_and_shows_the_profile_saved()
    {
        browser.Post("profile",
            ("Input.Headline", "Chief analyst"), ("Input.HeadlineVisibility", "Instructors"),
            ("Input.Organisation", "Analytical Engines Ltd"), ("Input.OrganisationVisibility", "Cohort"),
            ("Input.Industry", "Computing"), ("Input.IndustryVisibility", "Instructors"),
            ("Input.Location", "London, UK"), ("Input.LocationVisibility", "Cohort"),
            ("Input.Bio", "I write programs."), ("Input.BioVisibility", "Instructors"),
            ("Input.Expertise", "mathematics, poetry"), ("Input.Interests", "looms"), ("Input.TagsVisibility", "Instructors"),
            ("Input.LinkedInUrl", "https://www.linkedin.com/in/ada"), ("Input.XUrl", "https://x.com/ada"),
            ("Input.BlogUrl", ""), ("Input.WebsiteUrl", "https://ada.example.com"), ("Input.LinksVisibility", "Instructors"),
            ("Input.ShowsActivity", "True"));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(
            new EditProfile("Chief analyst", "Analytical Engines Ltd", "Computing", "London, UK", "I write programs.", "mathematics, poetry", "looms",
                "https://www.linkedin.com/in/ada", "https://x.com/ada", "", "https://ada.example.com", ShowsActivity: true,
                FieldVisibility.Instructors, FieldVisibility.Cohort, FieldVisibility.Instructors, FieldVisibility.Cohort,
                FieldVisibility.Instructors, FieldVisibility.Instructors, FieldVisibility.Instructors),
            Sent.Single<EditProfile>());
        Assert.Equal("/profile?saved=true", NavigatedTo);
        Assert.Equal(0, refused);
    }
}
