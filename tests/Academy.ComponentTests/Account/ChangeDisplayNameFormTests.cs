using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Web.Account.Manage;

namespace Academy.ComponentTests.Account;

public sealed class ChangeDisplayNameFormTests : ComponentTest
{
    public ChangeDisplayNameFormTests() => SignIn("user-1", "Ada Lovelace");

    [Fact]
    public void The_form_starts_with_the_name_the_cohort_sees_now()
    {
        var form = Render<ChangeDisplayNameForm>();

        Assert.Equal("Ada Lovelace", form.Find("#display-name").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_name_is_refused_beside_the_name_and_nothing_is_sent()
    {
        var form = Render<ChangeDisplayNameForm>();

        form.Find("#display-name").Change("   ");
        form.Find("form").Submit();

        Assert.Equal("Enter the name your cohort will see.", form.Find("#display-name-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_name_too_long_is_refused_and_the_typed_name_is_kept()
    {
        var tooLong = new string('a', 101);
        var form = Render<ChangeDisplayNameForm>();

        form.Find("#display-name").Change(tooLong);
        form.Find("form").Submit();

        Assert.Equal("Use at most 100 characters.", form.Find("#display-name-error").TextContent);
        Assert.Equal(tooLong, form.Find("#display-name").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_name_refused_by_a_rule_keeps_the_typed_name_and_says_why_beside_it()
    {
        Sent.Refuse<ChangeDisplayName>(new RuleViolation("That name is taken.", nameof(ChangeDisplayName.DisplayName)));
        var form = Render<ChangeDisplayNameForm>();

        form.Find("#display-name").Change("Ada King");
        form.Find("form").Submit();

        Assert.Equal("That name is taken.", form.Find("#display-name-error").TextContent);
        Assert.Equal("Ada King", form.Find("#display-name").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_new_name_is_sent_and_the_account_page_says_it_was_saved()
    {
        var form = Render<ChangeDisplayNameForm>();

        form.Find("#display-name").Change("Ada King");
        form.Find("form").Submit();

        Assert.Equal("Ada King", Sent.Single<ChangeDisplayName>().DisplayName);
        Assert.Equal("/Account/Manage?saved=name", NavigatedTo);
    }
}
