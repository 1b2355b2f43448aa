using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Web.Account.Manage;

namespace Academy.ComponentTests.Account;

public sealed class DeleteMyAccountFormTests : ComponentTest
{
    [Fact]
    public void Without_the_password_and_the_ticked_box_nothing_is_sent_and_each_says_why()
    {
        var form = Render<DeleteMyAccountForm>();

        form.Find("form").Submit();

        Assert.Equal("Enter your password to confirm it is you.", form.Find("#delete-password-error").TextContent);
        Assert.Equal("Tick the box to confirm: deleting your account cannot be undone.", form.Find("#delete-confirmed-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void An_unticked_box_is_refused_beside_the_box_and_the_password_is_not_shown_again()
    {
        var form = Render<DeleteMyAccountForm>();

        form.Find("#delete-password").Change("my passphrase");
        form.Find("form").Submit();

        Assert.Equal("Tick the box to confirm: deleting your account cannot be undone.", form.Find("#delete-confirmed-error").TextContent);
        Assert.Empty(form.FindAll("#delete-password-error"));
        Assert.Equal("", form.Find("#delete-password").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_wrong_password_is_said_beside_it_and_the_box_stays_ticked()
    {
        Sent.Refuse<DeleteMyAccount>(new RuleViolation("That is not your password.", nameof(DeleteMyAccount.Password)));
        var form = Render<DeleteMyAccountForm>();

        form.Find("#delete-password").Change("a wrong passphrase");
        form.Find("#delete-confirmed").Change(true);
        form.Find("form").Submit();

        Assert.Equal("That is not your password.", form.Find("#delete-password-error").TextContent);
        Assert.Equal("", form.Find("#delete-password").GetAttribute("value"));
        Assert.True(form.Find("#delete-confirmed").HasAttribute("checked"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void The_password_and_the_confirmation_are_sent_and_the_home_page_says_the_account_is_deleted()
    {
        var form = Render<DeleteMyAccountForm>();

        form.Find("#delete-password").Change("my passphrase");
        form.Find("#delete-confirmed").Change(true);
        form.Find("form").Submit();

        var sent = Sent.Single<DeleteMyAccount>();
        Assert.Equal(("my passphrase", true), (sent.Password, sent.Confirmed));
        Assert.Equal("/?deleted=account", NavigatedTo);
    }
}
