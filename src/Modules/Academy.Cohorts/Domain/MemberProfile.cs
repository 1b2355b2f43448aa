namespace Academy.Cohorts.Domain;

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

    public void Describe(string displayName, string headline, string organisation, string industry, string location)
    {
        DisplayName = displayName;
        Headline = headline;
        Organisation = organisation;
        Industry = industry;
        Location = location;
    }
}
