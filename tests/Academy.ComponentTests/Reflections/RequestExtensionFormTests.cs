using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Deadlines;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class RequestExtensionFormTests : ComponentTest
{
    private IRenderedComponent<RequestExtensionForm> RenderForm() =>
        Render<RequestExtensionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection"));

    [Fact]
    public void The_form_starts_folded()
    {
        var form = RenderForm();

        Assert.False(form.Find("details").HasAttribute("open"));
    }

    [Fact]
    public void An_empty_request_is_refused_beside_each_field_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Say until when you need.", form.Find("#extension-until-error").TextContent);
        Assert.Equal("Tell your instructor briefly why you need more time.", form.Find("#extension-reason-error").TextContent);
        Assert.True(form.Find("details").HasAttribute("open"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_reason_alone_is_kept_when_the_date_is_missing()
    {
        var form = RenderForm();

        form.Find("#extension-reason").Change("My father is in hospital.");
        form.Find("form").Submit();

        Assert.Equal("Say until when you need.", form.Find("#extension-until-error").TextContent);
        Assert.Empty(form.FindAll("#extension-reason-error"));
        Assert.Equal("My father is in hospital.", form.Find("#extension-reason").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_date_refused_by_a_rule_is_said_beside_it_and_what_was_typed_is_kept()
    {
        Sent.Refuse<RequestExtension>(new RuleViolation("Choose a date after the due date, 14 May 2026.", nameof(RequestExtension.Until)));
        var form = RenderForm();

        form.Find("#extension-until").Change("2026-05-10");
        form.Find("#extension-reason").Change("My father is in hospital.");
        form.Find("form").Submit();

        Assert.Equal("Choose a date after the due date, 14 May 2026.", form.Find("#extension-until-error").TextContent);
        Assert.Equal("2026-05-10", form.Find("#extension-until").GetAttribute("value"));
        Assert.Equal("My father is in hospital.", form.Find("#extension-reason").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_request_sends_the_date_and_reason_and_goes_back_to_the_reflection()
    {
        var form = RenderForm();

        form.Find("#extension-until").Change("2026-05-28");
        form.Find("#extension-reason").Change("My father is in hospital.");
        form.Find("form").Submit();

        Assert.Equal(new RequestExtension("mba-2026", "m2-reflection", new DateOnly(2026, 5, 28), "My father is in hospital."), Sent.Single<RequestExtension>());
        Assert.Equal("/cohorts/mba-2026/reflections/m2-reflection", NavigatedTo);
    }
}
