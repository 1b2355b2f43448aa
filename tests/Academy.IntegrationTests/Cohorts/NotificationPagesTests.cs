using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// Notifications page newest first, 50 at a time, each page after the last one's time: a long history costs a page what a
/// short one does, and an unread notification older than the first page is still there (and "Mark all as read" offered).
/// </summary>
public abstract class NotificationPagesTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task A_long_history_pages_by_fifty_newest_first_with_as_many_commands_as_a_short_one()
    {
        var (few, fewId) = await app.NewLearnerAsync("Few Notices");
        var (many, manyId) = await app.NewLearnerAsync("Many Notices");
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        await app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, 10).Select(i => new MemberNotification(fewId, "Someone", $"Short history {i:000}", "/", start.AddMinutes(i), NotificationKind.Other)));
            db.Notifications.AddRange(Enumerable.Range(0, 120).Select(i => new MemberNotification(manyId, "Someone", $"Long history {i:000}", "/", start.AddMinutes(i), NotificationKind.Other)));
            await db.SaveChangesAsync();
            // Everything read but the oldest one, which lands on the last page.
            await db.Notifications.Where(n => n.UserId == manyId && n.Text != "Long history 000")
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, DateTimeOffset.UtcNow));
            return 0;
        });

        var shortPage = await few.GetAsync("/notifications");
        Assert.Equal(10, shortPage.Document.QuerySelectorAll(".notifications li").Length);
        Assert.Empty(shortPage.Document.QuerySelectorAll("a[href^='/notifications?olderThan=']"));

        var seen = new List<string>();
        var page = await many.GetAsync("/notifications");
        var commands = new List<int>();
        while (true)
        {
            commands.Add(page.DbCommands);
            Assert.NotNull(page.Document.QuerySelector("form button")); // "Mark all as read": one is unread, on the last page
            seen.AddRange(page.Document.QuerySelectorAll(".notifications .thread-title").Select(link => link.TextContent.Trim()));
            var older = page.Document.QuerySelector("a[href^='/notifications?olderThan=']")?.GetAttribute("href");
            if (older is null)
            {
                break;
            }

            page = await many.GetAsync(older);
        }

        Assert.Equal(Enumerable.Range(0, 120).Reverse().Select(i => $"Long history {i:000}"), seen);
        Assert.Equal(3, commands.Count);
        Assert.All(commands, count => Assert.Equal(shortPage.DbCommands, count));
        Assert.Contains("Long history 000", page.Text(".has-new"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNotificationPagesTests(SqliteApp app) : NotificationPagesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationPagesTests(PostgresApp app) : NotificationPagesTests<PostgresApp>(app);
