using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Web.Account.Manage;
using Academy.Web.Email;

namespace Academy.ComponentTests.Account;

// The radios are no bound inputs: the form reads what was posted ([SupplyParameterFromForm] Choices, a dictionary by
// kind), so each test posts the form as the browser would (the checked radio of each group), then submits it.
public sealed class ChangeEmailPreferencesFormTests : ComponentTest
{
    private static readonly IReadOnlyList<EmailChoiceView> AsSaved = EmailChoices.Kinds
        .Select(kind => new EmailChoiceView(kind, EmailChoices.Describe(kind), kind == NotificationKind.Networking ? EmailDelivery.InApp : EmailChoices.Default(kind)))
        .ToList();

    [Fact]
    public void Every_kind_is_a_group_of_three_labelled_choices_with_the_saved_one_checked()
    {
        var form = Render<ChangeEmailPreferencesForm>(parameters => parameters.Add(p => p.Current, AsSaved).Add(p => p.Address, "ada@example.com"));

        Assert.Equal(EmailChoices.Kinds.Count, form.FindAll("fieldset").Count);
        Assert.Equal(EmailChoices.Kinds.Select(EmailChoices.Describe), form.FindAll("legend").Select(legend => legend.TextContent));
        Assert.Equal(EmailChoices.Kinds.Count * 3, form.FindAll("input[type=radio]").Count);
        Assert.All(form.FindAll("input[type=radio]"), radio => Assert.NotNull(form.Find($"label[for={radio.Id}]")));
        Assert.Equal(["Immediately", "Digest", "InApp"],
            form.FindAll("input[name='Choices[Announcement]'], input[name='Choices[Discussion]'], input[name='Choices[Networking]']")
                .Where(radio => radio.HasAttribute("checked")).Select(radio => radio.GetAttribute("value")));
        Assert.Contains("ada@example.com", form.Find("p").TextContent);
    }

    [Fact]
    public void The_posted_choices_are_sent_by_kind_and_the_account_page_says_they_were_saved()
    {
        Post("email-preferences", ("Choices[Announcement]", "Digest"), ("Choices[Discussion]", "Immediately"), ("Choices[SessionReminder]", "InApp"));
        var form = Render<ChangeEmailPreferencesForm>(parameters => parameters.Add(p => p.Current, AsSaved));
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new Dictionary<NotificationKind, EmailDelivery>
        {
            [NotificationKind.Announcement] = EmailDelivery.Digest,
            [NotificationKind.Discussion] = EmailDelivery.Immediately,
            [NotificationKind.SessionReminder] = EmailDelivery.InApp,
        }, Sent.Single<ChangeEmailPreferences>().Choices);
        Assert.Equal("/Account/Manage?saved=email", NavigatedTo);
    }

    [Fact]
    public void A_kind_that_does_not_exist_is_left_out_of_what_is_sent()
    {
        Post("email-preferences", ("Choices[Announcement]", "InApp"), ("Choices[Gossip]", "Immediately"));
        var form = Render<ChangeEmailPreferencesForm>(parameters => parameters.Add(p => p.Current, AsSaved));

        form.Find("form").Submit();

        Assert.Equal([NotificationKind.Announcement], Sent.Single<ChangeEmailPreferences>().Choices.Keys);
    }
}
