using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Gallery;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class ShareReflectionFormTests : ComponentTest
{
    private IRenderedComponent<ShareReflectionForm> RenderForm(ReflectionAudience audience) =>
        Render<ShareReflectionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.View, Examples.View(audience: audience)));

    private static IEnumerable<string?> Checked(IRenderedComponent<ShareReflectionForm> form) =>
        form.FindAll("input[name=Audience]").Where(radio => radio.HasAttribute("checked")).Select(radio => radio.GetAttribute("value"));

    [Theory]
    [InlineData(ReflectionAudience.Private, "Private")]
    [InlineData(ReflectionAudience.Cohort, "Cohort")]
    public void The_current_audience_is_the_one_checked(ReflectionAudience audience, string value)
    {
        var form = RenderForm(audience);

        Assert.Equal([value], Checked(form));
    }

    [Fact]
    public void The_cohort_choice_links_to_the_assignments_gallery()
    {
        var form = RenderForm(ReflectionAudience.Private);

        Assert.Equal("/cohorts/mba-2026/reflections/m2-reflection/gallery", form.Find("label[for=audience-cohort] a").GetAttribute("href"));
    }

    [Fact]
    public void Saving_sends_the_chosen_audience_and_goes_back_to_the_reflection()
    {
        Post("audience", ("Audience", "Cohort"));
        var form = RenderForm(ReflectionAudience.Private);

        form.Find("form").Submit();

        Assert.Equal(new ShareReflection("mba-2026", "m2-reflection", ReflectionAudience.Cohort), Sent.Single<ShareReflection>());
        Assert.Equal("/cohorts/mba-2026/reflections/m2-reflection", NavigatedTo);
    }

    [Fact]
    public void Choosing_private_again_takes_the_reflection_out_of_the_gallery()
    {
        Post("audience", ("Audience", "Private"));
        var form = RenderForm(ReflectionAudience.Cohort);

        form.Find("form").Submit();

        Assert.Equal(ReflectionAudience.Private, Sent.Single<ShareReflection>().Audience);
    }

    [Fact]
    public void A_refused_choice_is_not_taken_for_a_success()
    {
        Sent.Refuse<ShareReflection>(new NotFoundException("Only learners share reflections in mba-2026."));
        Post("audience", ("Audience", "Cohort"));
        var form = RenderForm(ReflectionAudience.Private);

        var refusal = Assert.Throws<NotFoundException>(() => form.Find("form").Submit());

        Assert.Equal("Only learners share reflections in mba-2026.", refusal.Message);
        Assert.Null(NavigatedTo);
    }
}
