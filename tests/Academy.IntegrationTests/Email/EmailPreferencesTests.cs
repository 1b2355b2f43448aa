using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Email;

/// <summary>
/// Each person chooses per kind of notification: an e-mail at once, a line in the daily digest, or the app only.
/// Whatever they choose, the notification shows in the app; nobody is e-mailed of their own action, nor once removed
/// from the cohort, nor while an administrator has locked their account.
/// </summary>
public abstract class EmailPreferencesTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    public static TheoryData<NotificationKind> Kinds() => new(EmailChoices.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_kind_is_e_mailed_at_once_gathered_in_the_digest_or_kept_in_the_app_as_each_person_chose_and_never_to_the_actor(NotificationKind kind)
    {
        var (atOnce, inDigest, appOnly, actor) = (await NewPersonAsync("Ada At-Once"), await NewPersonAsync("Dan Digest"), await NewPersonAsync("Ana App-Only"),
            await NewPersonAsync("Alex Actor"));
        var cohort = await CohortAsync(actor, atOnce, inDigest, appOnly);
        await ChooseAsync(atOnce, kind, EmailDelivery.Immediately);
        await ChooseAsync(inDigest, kind, EmailDelivery.Digest);
        await ChooseAsync(appOnly, kind, EmailDelivery.InApp);
        await ChooseAsync(actor, kind, EmailDelivery.Immediately);
        var place = $"Cohort of kind {kind} ({Guid.NewGuid():N})";
        var text = $"You were enrolled in {place}";

        await PublishAsync(new MembersNotified([atOnce.Id, inDigest.Id, appOnly.Id, actor.Id], actor.Id, actor.Name,
            new Academy.Contracts.Localization.Words(typeof(Academy.Cohorts.Resources.CohortsText), "You were enrolled in {0}", place), $"/cohorts/{cohort}", kind, cohort));

        foreach (var person in new[] { atOnce, inDigest, appOnly })
        {
            Assert.Equal([text], await NotificationsOfAsync(person)); // in the app for everyone
        }

        Assert.Empty(await NotificationsOfAsync(actor));
        var now = Assert.Single(await MailToAsync(atOnce));
        Assert.Equal(text, now.Subject);
        Assert.Contains(text, now.Text);
        Assert.Equal($"{AcademyApp.PublicUrl}/cohorts/{cohort}", now.Links[0]);
        Assert.Empty(await MailToAsync(inDigest)); // not at once: in the digest
        Assert.Empty(await MailToAsync(appOnly));
        Assert.Empty(await MailToAsync(actor));

        await SendDigestsAsync(atOnce, inDigest, appOnly, actor);

        var digest = Assert.Single(await MailToAsync(inDigest));
        Assert.StartsWith("Academy: 1 new", digest.Subject);
        Assert.Contains(text, digest.Text);
        Assert.DoesNotContain(await MailToAsync(atOnce), mail => mail.Text.Contains(text) && mail != now); // sent once, not again in a digest
        Assert.DoesNotContain(await MailToAsync(appOnly), mail => mail.Text.Contains(text));
        Assert.Empty(await MailToAsync(actor));
    }

    [Fact]
    public async Task A_new_account_gets_announcements_feedback_networking_sessions_reminders_and_private_messages_at_once_and_conversations_and_the_rest_in_the_digest()
    {
        var person = await NewPersonAsync("Default Choices");

        var page = await person.Client.GetAsync("/Account/Manage");

        var chosen = page.Document.QuerySelectorAll("form .email-choice-options input[type=radio][checked]")
            .ToDictionary(radio => radio.GetAttribute("name")!, radio => radio.GetAttribute("value")!);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Choices[Announcement]"] = "Immediately",
            ["Choices[Discussion]"] = "Digest",
            ["Choices[ReflectionFeedback]"] = "Immediately",
            ["Choices[Networking]"] = "Immediately",
            ["Choices[SessionChange]"] = "Immediately",
            ["Choices[SessionReminder]"] = "Immediately",
            ["Choices[ReflectionDue]"] = "Immediately",
            ["Choices[Other]"] = "Digest",
            ["Choices[PrivateMessage]"] = "Immediately",
        }, chosen);
        Assert.Contains(person.Email, page.Text("#email-heading ~ form p"));
        Assert.Null(await ChoiceOfAsync(person, NotificationKind.Announcement)); // a default is no row: a better default later reaches everyone who never chose
    }

    [Fact]
    public async Task An_announcement_is_e_mailed_at_once_to_every_member_but_its_author_with_a_link_that_opens_it_and_the_replies_to_it_wait_for_the_digest()
    {
        var (instructor, first, second) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("First Learner"), await NewPersonAsync("Second Learner"));
        var cohort = await CohortAsync(instructor, first, second);

        var thread = await StartThreadAsync(instructor, cohort, "Week one begins", "Start with module 1.", space: "announcements");
        var reply = await first.Client.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "Thank you!" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, reply.Status);

        Assert.Empty(await MailToAsync(instructor)); // neither of their own announcement nor (by default) of a reply to it
        foreach (var learner in new[] { first, second })
        {
            var mail = Assert.Single(await MailToAsync(learner));
            Assert.Equal("New announcement from Teaching Person: “Week one begins”", mail.Subject);
            Assert.Equal(learner.Name, mail.ToName);
            Assert.StartsWith($"Hello {learner.Name},", mail.Text);
            Assert.True(mail.IsMultipartAlternative);
            Assert.Contains("Read the announcement", mail.Html);
            var opened = await learner.Client.GetAsync(PathOf(mail.Links[0]));
            Assert.Equal(System.Net.HttpStatusCode.OK, opened.Status);
            Assert.Equal("Week one begins", opened.Heading);
        }

        Assert.Contains("Teaching Person", (await NotificationsOfAsync(first)).Single());
        Assert.Equal(2, (await NotificationsOfAsync(second)).Count); // the announcement, and the reply to it in the app
        Assert.Contains(await App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == second.Id).Select(n => n.Kind).ToListAsync()),
            kind => kind == NotificationKind.Discussion);
    }

    [Fact]
    public async Task Nobody_removed_from_the_cohort_or_locked_by_an_administrator_is_e_mailed_and_a_few_minutes_lockout_after_failed_sign_ins_changes_nothing()
    {
        var (instructor, stays, removed, locked, mistyped) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Still Member"),
            await NewPersonAsync("Removed Member"), await NewPersonAsync("Locked Member"), await NewPersonAsync("Mistyped Member"));
        var cohort = await CohortAsync(instructor, stays, removed, locked, mistyped);
        var thread = await StartThreadAsync(stays, cohort, "Who hears of this?", "Every follower.");
        foreach (var follower in new[] { removed, locked, mistyped })
        {
            await follower.Client.SubmitAsync(thread, "follow", new Dictionary<string, string> { ["FollowLevel"] = "Watching" });
            await ChooseAsync(follower, NotificationKind.Discussion, EmailDelivery.Immediately);
        }

        await App.SendAsAsync(instructor.Id, new Academy.Cohorts.Membership.RemoveCohortMember(cohort, removed.Id));
        await App.WithDbAsync(db => db.Users.Where(user => user.Id == locked.Id)
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue))); // as the administrator's lock does
        await App.WithDbAsync(db => db.Users.Where(user => user.Id == mistyped.Id)
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)))); // five wrong passwords

        await stays.Client.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "Adding a thought." });

        Assert.Single(await MailToAsync(mistyped));
        Assert.Empty(await MailToAsync(removed));
        Assert.Empty(await MailToAsync(locked));
        Assert.Empty(await MailToAsync(stays)); // the author
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEmailPreferencesTests(SqliteApp app) : EmailPreferencesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEmailPreferencesTests(PostgresApp app) : EmailPreferencesTests<PostgresApp>(app);
