using System.Security.Cryptography;
using Academy.Contracts.Cohorts;

namespace Academy.Cohorts.Domain;

/// <summary>A group of people taking one course together, from a start date.</summary>
internal sealed class Cohort
{
    private Cohort()
    {
    }

    public Cohort(string slug, string name, string courseSlug, DateOnly startsOn)
    {
        Id = Guid.CreateVersion7();
        Slug = slug;
        Name = name;
        CourseSlug = courseSlug;
        StartsOn = startsOn;
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;

    /// <summary>The course by slug: modules never hold keys into each other's tables.</summary>
    public string CourseSlug { get; private set; } = string.Empty;

    public DateOnly StartsOn { get; private set; }

    /// <summary>
    /// The IANA time zone the cohort meets in: its instructors enter live sessions' times in it and pages show them in
    /// it, naming it, until people choose their own.
    /// </summary>
    public string TimeZone { get; private set; } = Academy.Shared.Time.ZonedTime.DefaultZone;

    public List<CohortMember> Members { get; private set; } = [];

    /// <summary>Adds the user, or changes their role if they are already a member.</summary>
    public void Enrol(string userId, string displayName, CohortRole role, DateTimeOffset now)
    {
        var member = Members.SingleOrDefault(m => m.UserId == userId);
        if (member is null)
        {
            Members.Add(new CohortMember(Id, userId, displayName, role, now));
        }
        else
        {
            member.ChangeRole(role);
        }
    }
}

internal sealed class CohortMember
{
    private CohortMember()
    {
    }

    public CohortMember(Guid cohortId, string userId, string displayName, CohortRole role, DateTimeOffset joinedAt)
    {
        Id = Guid.CreateVersion7();
        CohortId = cohortId;
        UserId = userId;
        DisplayName = displayName;
        Role = role;
        JoinedAt = joinedAt;
        CalendarToken = NewCalendarToken();
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Copied when the member joins, so lists never reach into the accounts tables.</summary>
    public string DisplayName { get; private set; } = string.Empty;

    public CohortRole Role { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>
    /// The secret in this member's calendar-feed address: calendar apps cannot sign in, so the address itself
    /// is the key. Replacing it revokes every subscription made with the old one.
    /// </summary>
    public string CalendarToken { get; private set; } = string.Empty;

    public void ChangeRole(CohortRole role) => Role = role;

    public void ReplaceCalendarToken() => CalendarToken = NewCalendarToken();

    private static string NewCalendarToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
