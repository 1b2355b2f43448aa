namespace Academy.Cohorts.Domain;

/// <summary>Who may see a profile field besides the member: everyone in their cohorts, or only the cohorts' instructors.</summary>
public enum FieldVisibility
{
    Cohort = 0,
    Instructors = 1,
}

/// <summary>The visibility the member chose for each group of profile fields.</summary>
internal sealed class ProfileVisibility
{
    public FieldVisibility Headline { get; set; }
    public FieldVisibility Organisation { get; set; }
    public FieldVisibility Industry { get; set; }
    public FieldVisibility Location { get; set; }
    public FieldVisibility Bio { get; set; }
    public FieldVisibility Tags { get; set; }
    public FieldVisibility Links { get; set; }
}

/// <summary>What a member tells their cohorts about themselves; one per user, shown in every cohort they join.</summary>
internal sealed class MemberProfile
{
    private MemberProfile()
    {
    }

    public MemberProfile(string userId, string displayName)
    {
        UserId = userId;
        DisplayName = displayName;
    }

    public string UserId { get; private set; } = string.Empty;
    public string DisplayName { get; private set; } = string.Empty;
    public string Headline { get; private set; } = string.Empty;
    public string Organisation { get; private set; } = string.Empty;
    public string Industry { get; private set; } = string.Empty;
    public string Location { get; private set; } = string.Empty;
    public string BioMarkdown { get; private set; } = string.Empty;

    /// <summary>Rendered once when the bio is saved (the user pipeline: no raw HTML, safe links only).</summary>
    public string BioHtml { get; private set; } = string.Empty;

    public List<string> Expertise { get; private set; } = [];
    public List<string> Interests { get; private set; } = [];
    public string? LinkedInUrl { get; private set; }
    public string? XUrl { get; private set; }
    public string? BlogUrl { get; private set; }
    public string? WebsiteUrl { get; private set; }

    /// <summary>The member agreed to show their public activity (threads started, reflections shared with the cohort) on their profile.</summary>
    public bool ShowsActivity { get; private set; }

    public ProfileVisibility Visibility { get; private set; } = new();

    /// <summary>Counts avatar uploads (0: none, initials are shown); part of the image address so browsers never show a stale one.</summary>
    public int AvatarVersion { get; private set; }

    public void Describe(string displayName, string headline, string organisation, string industry, string location)
    {
        DisplayName = displayName;
        Headline = headline;
        Organisation = organisation;
        Industry = industry;
        Location = location;
    }

    public void Edit(ProfileChanges changes, string bioHtml)
    {
        Describe(DisplayName, changes.Headline, changes.Organisation, changes.Industry, changes.Location);
        BioMarkdown = changes.BioMarkdown;
        BioHtml = bioHtml;
        Expertise = changes.Expertise.ToList();
        Interests = changes.Interests.ToList();
        LinkedInUrl = changes.LinkedInUrl;
        XUrl = changes.XUrl;
        BlogUrl = changes.BlogUrl;
        WebsiteUrl = changes.WebsiteUrl;
        ShowsActivity = changes.ShowsActivity;
        Visibility = new ProfileVisibility
        {
            Headline = changes.HeadlineVisibility, Organisation = changes.OrganisationVisibility, Industry = changes.IndustryVisibility,
            Location = changes.LocationVisibility, Bio = changes.BioVisibility, Tags = changes.TagsVisibility, Links = changes.LinksVisibility,
        };
    }

    public void DescribeInterests(IEnumerable<string> expertise, IEnumerable<string> interests)
    {
        Expertise = expertise.ToList();
        Interests = interests.ToList();
    }

    public void AvatarChanged(bool hasAvatar) => AvatarVersion = hasAvatar ? AvatarVersion + 1 : 0;
}

/// <summary>Everything the profile form edits, already checked.</summary>
internal sealed record ProfileChanges(
    string Headline, string Organisation, string Industry, string Location, string BioMarkdown,
    IReadOnlyList<string> Expertise, IReadOnlyList<string> Interests,
    string? LinkedInUrl, string? XUrl, string? BlogUrl, string? WebsiteUrl, bool ShowsActivity,
    FieldVisibility HeadlineVisibility, FieldVisibility OrganisationVisibility, FieldVisibility IndustryVisibility,
    FieldVisibility LocationVisibility, FieldVisibility BioVisibility, FieldVisibility TagsVisibility, FieldVisibility LinksVisibility);

/// <summary>A member's uploaded picture, kept apart from the profile so lists never load the bytes.</summary>
internal sealed class MemberAvatar
{
    private MemberAvatar()
    {
    }

    public MemberAvatar(string userId, string contentType, byte[] bytes, DateTimeOffset now)
    {
        UserId = userId;
        Replace(contentType, bytes, now);
    }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>Checked against the file's own bytes on upload, never taken from the browser.</summary>
    public string ContentType { get; private set; } = string.Empty;

    public byte[] Bytes { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Replace(string contentType, byte[] bytes, DateTimeOffset now)
    {
        ContentType = contentType;
        Bytes = bytes;
        UpdatedAt = now;
    }
}
