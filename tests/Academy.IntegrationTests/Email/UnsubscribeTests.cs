using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Email;

namespace Academy.IntegrationTests.Email;

/// <summary>
/// Every notification e-mail can stop its kind in one click (RFC 8058: <c>List-Unsubscribe</c> with
/// <c>List-Unsubscribe-Post</c>, and a link in the footer), without signing in. The link's signed token works for
/// that person and that kind only.
/// </summary>
public abstract class UnsubscribeTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    private static Task<HttpResponseMessage> OneClickAsync(HttpClient mailProgram, string unsubscribeUrl) =>
        mailProgram.PostAsync(PathOf(unsubscribeUrl), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

    private async Task<(Person Author, Person Reader, Person Other, string Cohort)> AnnouncedAsync(string title)
    {
        var (author, reader, other) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Reading Person"), await NewPersonAsync("Other Person"));
        var cohort = await CohortAsync(author, reader, other);
        await StartThreadAsync(author, cohort, title, "Read me.", space: "announcements");
        return (author, reader, other, cohort);
    }

    [Fact]
    public async Task A_one_click_post_to_the_e_mails_unsubscribe_address_stops_that_kind_for_that_person_only_without_signing_in()
    {
        var (_, reader, other, _) = await AnnouncedAsync("Unsubscribe me");
        var mail = Assert.Single(await MailToAsync(reader));
        Assert.Equal("List-Unsubscribe=One-Click", mail.ListUnsubscribePost);
        Assert.StartsWith($"{AcademyApp.PublicUrl}/unsubscribe?token=", mail.UnsubscribeUrl);
        Assert.Contains($"Stop these e-mails: {mail.UnsubscribeUrl}", mail.Text); // and in the footer
        Assert.Contains($"href=\"{mail.UnsubscribeUrl}\"", System.Net.WebUtility.HtmlDecode(mail.Html));
        Assert.Equal("auto-generated", mail.AutoSubmitted);
        using var mailProgram = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var unsubscribed = await OneClickAsync(mailProgram, mail.UnsubscribeUrl!);
        var again = await OneClickAsync(mailProgram, mail.UnsubscribeUrl!);

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode); // no redirect, no sign-in, no antiforgery token
        Assert.Contains("Announcements from your instructors", await unsubscribed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(EmailDelivery.InApp, await ChoiceOfAsync(reader, NotificationKind.Announcement));
        Assert.Null(await ChoiceOfAsync(reader, NotificationKind.ReflectionFeedback)); // that kind only
        Assert.Null(await ChoiceOfAsync(other, NotificationKind.Announcement)); // that person only
        Assert.NotNull((await reader.Client.GetAsync("/Account/Manage")).Document.QuerySelector("#email-announcement-inapp")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task The_unsubscribe_link_opens_a_page_that_asks_first_and_its_button_stops_the_e_mails()
    {
        var (_, reader, _, _) = await AnnouncedAsync("Ask me first");
        var mail = Assert.Single(await MailToAsync(reader));
        using var browser = App.CreateAcademyClient(); // not signed in

        var asked = await browser.GetAsync(PathOf(mail.UnsubscribeUrl!));

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal("Stop these e-mails?", asked.Heading);
        Assert.Contains("Announcements from your instructors", asked.Text("main"));
        Assert.Null(await ChoiceOfAsync(reader, NotificationKind.Announcement)); // opening the page changes nothing (mail scanners open links)
        var form = asked.Document.QuerySelector("form[method=post]")!;
        var posted = await browser.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var done = await browser.GetAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal("You are unsubscribed", done.Heading);
        Assert.Equal(EmailDelivery.InApp, await ChoiceOfAsync(reader, NotificationKind.Announcement));
    }

    [Fact]
    public async Task A_token_altered_in_any_way_is_not_found_and_changes_nothing()
    {
        var (_, reader, _, _) = await AnnouncedAsync("Tamper with me");
        var mail = Assert.Single(await MailToAsync(reader));
        var token = Uri.UnescapeDataString(mail.UnsubscribeUrl!.Split("token=")[1]);
        var altered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        using var mailProgram = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        foreach (var bad in new[] { altered, "not-a-token", string.Empty })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await OneClickAsync(mailProgram, $"{AcademyApp.PublicUrl}/unsubscribe?token={Uri.EscapeDataString(bad)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await mailProgram.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(bad)}")).StatusCode);
        }

        Assert.Null(await ChoiceOfAsync(reader, NotificationKind.Announcement));
    }

    [Fact]
    public async Task An_e_mail_still_in_the_outbox_when_its_person_unsubscribes_is_not_sent()
    {
        var (author, reader, other, cohort) = await AnnouncedAsync("First of two");
        var first = Assert.Single(await MailToAsync(reader));
        await StartThreadAsync(author, cohort, "Second of two", "Written before the click.", space: "announcements");
        using var mailProgram = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        Assert.Equal(HttpStatusCode.OK, (await OneClickAsync(mailProgram, first.UnsubscribeUrl!)).StatusCode);

        Assert.Equal([first.Subject], (await MailToAsync(reader)).Select(mail => mail.Subject));
        Assert.Equal(2, (await MailToAsync(other)).Count);
        Assert.Equal(2, (await NotificationsOfAsync(reader)).Count); // still told in the app
    }

    [Fact]
    public async Task The_digests_unsubscribe_turns_every_kind_gathered_in_it_to_the_app_only()
    {
        var (author, reader, _, cohort) = await AnnouncedAsync("Digest source");
        var thread = await StartThreadAsync(reader, cohort, "A conversation", "Answer me.");
        await author.Client.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "Here you are." });
        await ChooseAsync(reader, NotificationKind.Networking, EmailDelivery.Digest);
        await SendDigestsAsync(reader);
        var digest = Assert.Single(await MailToAsync(reader), mail => mail.Subject.StartsWith("Academy: ", StringComparison.Ordinal));
        Assert.Contains("Teaching Person replied to your post in “A conversation”", digest.Text);
        using var mailProgram = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        var unsubscribed = await OneClickAsync(mailProgram, digest.UnsubscribeUrl!);

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Contains("The daily digest", await unsubscribed.Content.ReadAsStringAsync());
        foreach (var kind in new[] { NotificationKind.Discussion, NotificationKind.Networking, NotificationKind.Other })
        {
            Assert.Equal(EmailDelivery.InApp, await ChoiceOfAsync(reader, kind));
        }

        Assert.Null(await ChoiceOfAsync(reader, NotificationKind.Announcement)); // still at once, as before
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteUnsubscribeTests(SqliteApp app) : UnsubscribeTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnsubscribeTests(PostgresApp app) : UnsubscribeTests<PostgresApp>(app);
