using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Files;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>Profiles: what a member says about themselves, who sees which part, and their picture.</summary>
public abstract class ProfileTests<TApp>(TApp app) where TApp : AcademyApp
{
    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Bad_input_is_named_beside_its_field_and_nothing_typed_is_lost_then_a_valid_profile_saves()
    {
        var (member, _) = await app.NewLearnerAsync("Profile Writer");
        var fields = new Dictionary<string, string>
        {
            ["Input.Headline"] = "Chief Digital Officer",
            ["Input.Bio"] = new string('b', 2001),
            ["Input.Interests"] = string.Join(", ", Enumerable.Range(1, 13).Select(i => $"topic {i}")),
            ["Input.LinkedInUrl"] = "http://www.linkedin.com/in/someone",
            ["Input.XUrl"] = "javascript:alert(1)",
        };
        var refused = await member.SubmitAsync("/profile", "profile", fields);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("at most 2,000 characters", refused.FieldError("bio"));
        Assert.Contains("At most 12 tags", refused.FieldError("interests"));
        Assert.Contains("https://", refused.FieldError("linkedin"));
        Assert.Contains("https://", refused.FieldError("x"));
        Assert.Equal("Chief Digital Officer", refused.InputValue("headline"));
        Assert.Equal(2001, refused.Document.QuerySelector("#bio")!.TextContent.Length);
        Assert.Equal("http://www.linkedin.com/in/someone", refused.InputValue("linkedin"));

        var saved = await member.SubmitAsync("/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Headline"] = "Chief Digital Officer", ["Input.Bio"] = "I run **digital** at a utility.",
            ["Input.Interests"] = "networks, networks, social listening", ["Input.LinkedInUrl"] = "https://www.linkedin.com/in/someone",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var again = await member.GetAsync("/profile");
        Assert.Equal("networks, social listening", again.InputValue("interests"));
        Assert.Equal("https://www.linkedin.com/in/someone", again.InputValue("linkedin"));
    }

    [Fact]
    public async Task A_profile_save_takes_at_most_two_database_commands_and_a_refused_one_is_shown_in_the_whole_page()
    {
        var (member, memberId) = await app.NewLearnerAsync("Budget Writer");
        var cohort = await app.NewCohortAsync(Arrange.Today, members: [(memberId, CohortRole.Learner)]);
        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.Headline"] = "Analyst" })).Status);

        // A save of a profile that exists: the post sends the form at once and reads no view of the page.
        var saved = await member.SubmitAsync("/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Headline"] = "Chief Analyst", ["Input.Bio"] = "I **count** things.", ["Input.Expertise"] = "budgets, queries",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.True(saved.DbCommands is > 0 and <= 2, $"The profile save took {saved.DbCommands} database commands.");

        // A refused save is shown in the whole page, which the post itself did not read.
        var refused = await member.SubmitAsync("/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Headline"] = "Still typed", ["Input.Bio"] = new string('b', 2001),
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Your profile", refused.Heading);
        Assert.NotNull(refused.Document.QuerySelector("#avatar-file"));
        Assert.NotNull(refused.Document.QuerySelector($"a[href='/cohorts/{cohort}/people/{memberId}']"));
        Assert.Contains("at most 2,000 characters", refused.FieldError("bio"));
        Assert.Equal("Still typed", refused.InputValue("headline"));
        Assert.Equal(2001, refused.Document.QuerySelector("#bio")!.TextContent.Length);
        Assert.Equal("budgets, queries", refused.InputValue("expertise"));
    }

    [Fact]
    public async Task Each_field_is_shown_to_the_cohort_or_only_to_its_instructors_as_the_member_chose()
    {
        var (member, memberId) = await app.NewLearnerAsync("Private Person");
        var (peer, peerId) = await app.NewLearnerAsync("Curious Peer");
        var (instructor, instructorId) = await app.NewLearnerAsync("Their Instructor");
        var (outsider, _) = await app.NewLearnerAsync("Outsider");
        var cohort = await app.NewCohortAsync(Arrange.Today, members: [(memberId, CohortRole.Learner), (peerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        await member.SubmitAsync("/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Headline"] = "Interim CEO", ["Input.HeadlineVisibility"] = "Instructors",
            ["Input.Organisation"] = "Visible Oy", ["Input.Bio"] = "Between jobs, **quietly**.", ["Input.BioVisibility"] = "Instructors",
            ["Input.Industry"] = "Energy",
        });

        var url = $"/cohorts/{cohort}/people/{memberId}";
        var asPeer = await peer.GetAsync(url);
        Assert.Contains("Visible Oy", asPeer.Text(".person-meta"));
        Assert.DoesNotContain("Interim CEO", asPeer.Document.Body!.TextContent);
        Assert.DoesNotContain("quietly", asPeer.Document.Body!.TextContent);
        var asInstructor = await instructor.GetAsync(url);
        Assert.Contains("Interim CEO", asInstructor.Text(".person-headline"));
        Assert.Contains("quietly", asInstructor.Text("#about-heading ~ .prose"));
        var asSelf = await member.GetAsync(url);
        Assert.Contains("Headline, Bio", asSelf.Text(".visibility-note"));

        // A hidden field is not a filter either: the peer cannot find the member by it.
        Assert.DoesNotContain("Interim CEO", (await peer.GetAsync($"/cohorts/{cohort}/people")).Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/cohorts/{cohort}/people")).Status);
    }

    [Fact]
    public async Task Public_activity_appears_on_a_profile_only_with_the_members_consent_and_never_a_private_reflection()
    {
        var (member, memberId) = await app.NewLearnerAsync("Active Member");
        var (peer, peerId) = await app.NewLearnerAsync("Reading Peer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(memberId, CohortRole.Learner), (peerId, CohortRole.Learner)]);
        await member.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Radar tools that work", ["Input.Body"] = "Mine is a morning list." });
        foreach (var (assignment, share) in new[] { ("my-reasons", true), ("walking-the-talk", false) })
        {
            var url = $"/cohorts/{cohort}/reflections/{assignment}";
            await member.SubmitAsync(url, "reflection", new Dictionary<string, string> { ["Input.Body"] = "Reflected.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
            if (share)
            {
                await member.SubmitAsync(url, "audience", new Dictionary<string, string> { ["Audience"] = "Cohort" });
            }
        }

        var profile = $"/cohorts/{cohort}/people/{memberId}";
        Assert.Empty((await peer.GetAsync(profile)).Document.QuerySelectorAll(".profile-activity"));
        await member.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.ShowsActivity"] = "true" });

        var activity = (await peer.GetAsync(profile)).Text(".profile-activity");
        Assert.Contains("Radar tools that work", activity);
        Assert.Contains("My list of reasons", activity);
        Assert.DoesNotContain("Walking the talk", activity, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_picture_must_be_a_real_image_of_at_most_two_megabytes_and_is_served_only_to_members_with_its_checked_type()
    {
        var (member, memberId) = await app.NewLearnerAsync("Pictured Member");
        var (peer, peerId) = await app.NewLearnerAsync("Peer");
        var (outsider, _) = await app.NewLearnerAsync("Outsider");
        var cohort = await app.NewCohortAsync(Arrange.Today, members: [(memberId, CohortRole.Learner), (peerId, CohortRole.Learner)]);

        var page = await member.GetAsync("/profile");
        var fake = await member.UploadAsync(page, "avatar", "AvatarFile", "<script>alert(1)</script>"u8.ToArray(), "me.png", "image/png");
        Assert.Contains("not a JPEG, PNG or WebP", fake.FieldError("avatar-file"));
        var huge = await member.UploadAsync(page, "avatar", "AvatarFile", [.. Png, .. new byte[2 * 1024 * 1024]], "me.png", "image/png");
        Assert.Contains("at most 2 MB", huge.FieldError("avatar-file"));

        var accepted = await member.UploadAsync(page, "avatar", "AvatarFile", Png, "me.gif", "image/gif");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var profile = await peer.GetAsync($"/cohorts/{cohort}/people/{memberId}");
        var src = profile.Document.QuerySelector(".profile-header img.avatar-image")!.GetAttribute("src")!;
        var image = await peer.Http.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(new UploadedImage("image/png", 1, 1), UploadedImage.Recognise(await image.Content.ReadAsByteArrayAsync())); // re-encoded, so not the same bytes
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(src)).StatusCode);
    }

    [Fact]
    public async Task A_phone_photo_is_stored_without_its_location_and_other_metadata_and_turned_upright()
    {
        var (member, memberId) = await app.NewLearnerAsync("Photographed Member");
        var photo = PhotoWithLocation.Jpeg(width: 30, height: 20, orientation: 6); // "turn 90° clockwise to show"
        Assert.Contains((byte)0xE1, PhotoWithLocation.SegmentMarkers(photo));
        Assert.True(photo.AsSpan().IndexOf(PhotoWithLocation.LatitudeSecondsBytes) > 0);

        var accepted = await member.UploadAsync(await member.GetAsync("/profile"), "avatar", "AvatarFile", photo, "IMG_0001.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var stored = await app.WithDbAsync(db => db.Set<Academy.Cohorts.Domain.MemberAvatar>().Where(a => a.UserId == memberId).Select(a => a.Bytes).SingleAsync());
        Assert.Equal(new UploadedImage("image/jpeg", 20, 30), UploadedImage.Recognise(stored));
        Assert.DoesNotContain((byte)0xE1, PhotoWithLocation.SegmentMarkers(stored)); // no APP1: neither EXIF nor XMP
        Assert.True(stored.AsSpan().IndexOf("Exif"u8) < 0);
        Assert.True(stored.AsSpan().IndexOf(PhotoWithLocation.LatitudeSecondsBytes) < 0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteProfileTests(SqliteApp app) : ProfileTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileTests(PostgresApp app) : ProfileTests<PostgresApp>(app);
