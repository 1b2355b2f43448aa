using Academy.Shared.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Academy.ComponentTests.Shared;

public sealed class FormFieldTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    private sealed class Profile
    {
        public string Headline { get; set; } = string.Empty;
        public string Bio { get; set; } = string.Empty;
    }

    private readonly Profile profile = new();
    private readonly EditContext form;
    private readonly ValidationMessageStore messages;

    public FormFieldTests()
    {
        form = new EditContext(profile);
        messages = new ValidationMessageStore(form);
    }

    [Fact]
    public void A_valid_field_has_its_label_hint_and_input_and_no_message()
    {
        var field = Show();

        Assert.Equal("headline", field.Find("label").GetAttribute("for"));
        Assert.Equal("Headline", field.Find("label").TextContent);
        Assert.Equal("One line about your role.", field.Find("#headline-hint").TextContent);
        Assert.NotNull(field.Find("input#headline"));
        Assert.Empty(field.FindAll(".field-error"));
        Assert.False(field.Find(".field").ClassList.Contains("invalid"));
    }

    [Fact]
    public void A_message_added_after_rendering_appears_beside_the_field_and_marks_it_invalid()
    {
        var field = Show();

        field.InvokeAsync(() =>
        {
            messages.Add(form.Field(nameof(Profile.Headline)), "Keep the headline to 120 characters.");
            form.NotifyValidationStateChanged();
        });

        Assert.Equal("Keep the headline to 120 characters.", field.Find("#headline-error").TextContent);
        Assert.True(field.Find(".field").ClassList.Contains("invalid"));
    }

    [Fact]
    public void A_message_for_another_field_or_the_whole_form_is_not_shown_here()
    {
        var field = Show();

        field.InvokeAsync(() =>
        {
            messages.Add(form.Field(nameof(Profile.Bio)), "Too long.");
            messages.Add(new FieldIdentifier(profile, string.Empty), "Something went wrong.");
            form.NotifyValidationStateChanged();
        });

        Assert.Empty(field.FindAll(".field-error"));
    }

    [Fact]
    public void Without_a_hint_no_hint_paragraph_is_written()
    {
        var field = Render<FormField>(parameters => parameters
            .AddCascadingValue(form)
            .Add(p => p.Id, "bio").Add(p => p.Label, "About you").Add(p => p.For, nameof(Profile.Bio)));

        Assert.Empty(field.FindAll(".hint"));
    }

    private IRenderedComponent<FormField> Show() =>
        Render<FormField>(parameters => parameters
            .AddCascadingValue(form)
            .Add(p => p.Id, "headline")
            .Add(p => p.Label, "Headline")
            .Add(p => p.For, nameof(Profile.Headline))
            .Add(p => p.Hint, "One line about your role.")
            .AddChildContent("<input id=\"headline\" />"));
}
