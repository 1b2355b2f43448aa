using Academy.Shared.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Academy.ComponentTests.Shared;

public sealed class FormErrorsTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    private sealed class SignIn
    {
        public string Email { get; set; } = string.Empty;
    }

    private readonly SignIn model = new();
    private readonly EditContext form;
    private readonly ValidationMessageStore messages;

    public FormErrorsTests()
    {
        form = new EditContext(model);
        messages = new ValidationMessageStore(form);
    }

    [Fact]
    public void Nothing_is_written_while_the_form_has_no_message_of_its_own()
    {
        var errors = Render<FormErrors>(parameters => parameters.AddCascadingValue(form));

        Assert.Empty(errors.Markup.Trim());
    }

    [Fact]
    public void Messages_about_the_whole_form_are_announced_in_order_and_field_messages_stay_with_their_fields()
    {
        var errors = Render<FormErrors>(parameters => parameters.AddCascadingValue(form));

        errors.InvokeAsync(() =>
        {
            messages.Add(new FieldIdentifier(model, string.Empty), "Sign-in failed.");
            messages.Add(new FieldIdentifier(model, string.Empty), "Check the address and the password.");
            messages.Add(form.Field(nameof(SignIn.Email)), "Enter your e-mail address.");
            form.NotifyValidationStateChanged();
        });

        Assert.Equal("alert", errors.Find(".form-errors").GetAttribute("role"));
        Assert.Equal(["Sign-in failed.", "Check the address and the password."], errors.FindAll(".form-errors p").Select(p => p.TextContent));
    }

    [Fact]
    public void Outside_a_form_it_writes_nothing()
    {
        var errors = Render<FormErrors>();

        Assert.Empty(errors.Markup.Trim());
    }
}
