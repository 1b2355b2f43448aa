namespace Academy.Contracts.Access;

/// <summary>
/// Marks a request that anyone may send, signed in or not. Requests without it require a signed-in user:
/// the authorization behaviour denies by default.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>
/// Marks a request a background job may send with nobody signed in: allowed as well when no web request is being
/// served (a job's own scope), so no page or endpoint can send it on a visitor's behalf. Within a web request the
/// request's other rules apply as they are (a signed-in user, and any <see cref="RequiresRoleAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowBackgroundJobAttribute : Attribute;

/// <summary>A request only users in one of these roles may send (checked before the handler runs).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>The three roles of Academy. A role says what a user may do anywhere; cohort membership says where.</summary>
public static class Roles
{
    public const string Learner = "Learner";
    public const string Instructor = "Instructor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Learner, Instructor, Admin];
}
