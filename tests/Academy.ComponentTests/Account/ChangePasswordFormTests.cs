using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Web.Account.Manage;

namespace Academy.ComponentTests.Account;

public sealed class ChangePasswordFormTests : ComponentTest
{
    [Fact]
    public void Empty_passwords_are_refused_beside_each_field_and_nothing_is_sent()
    {
        var form = Render<ChangePasswordForm>();

        form.Find("form").Submit();

        Assert.Equal("Enter your current password.", form.Find("#current-password-error").TextContent);
        Assert.Equal("Choose a password.", form.Find("#new-password-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_new_password_too_short_is_refused_beside_the_new_password()
    {
        var form = Render<ChangePasswordForm>();

        form.Find("#current-password").Change("the old passphrase");
        form.Find("#new-password").Change("short");
        form.Find("form").Submit();

        Assert.Equal("Use at least 12 characters: a few words make a good passphrase.", form.Find("#new-password-error").TextContent);
        Assert.Empty(form.FindAll("#current-password-error"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_wrong_current_password_is_said_beside_it_and_neither_password_is_shown_again()
    {
        Sent.Refuse<ChangePassword>(new RuleViolation("That is not your current password.", nameof(ChangePassword.CurrentPassword)));
        var form = Render<ChangePasswordForm>();

        form.Find("#current-password").Change("a wrong passphrase");
        form.Find("#new-password").Change("a brand new passphrase");
        form.Find("form").Submit();

        Assert.Equal("That is not your current password.", form.Find("#current-password-error").TextContent);
        Assert.Equal("", form.Find("#current-password").GetAttribute("value"));
        Assert.Equal("", form.Find("#new-password").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Both_passwords_are_sent_and_the_account_page_says_it_was_changed()
    {
        var form = Render<ChangePasswordForm>();

        form.Find("#current-password").Change("the old passphrase");
        form.Find("#new-password").Change("a brand new passphrase");
        form.Find("form").Submit();

        var sent = Sent.Single<ChangePassword>();
        Assert.Equal(("the old passphrase", "a brand new passphrase"), (sent.CurrentPassword, sent.NewPassword));
        Assert.Equal("/Account/Manage?saved=password", NavigatedTo);
    }
}
