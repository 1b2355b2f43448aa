using System.Globalization;
using System.Net;
using Academy.Cohorts.Membership;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Admin;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Security;

/// <summary>An app that checks every open session against its account on each request, so a lock takes effect at once.</summary>
public sealed class SqliteMatrixApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SessionRevalidationSeconds"] = "0" };
}

public sealed class PostgresMatrixApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SessionRevalidationSeconds"] = "0" };
}

/// <summary>
/// Every address the app maps, against every kind of caller, from one table: <see cref="Rows"/>. A mapped
/// route without a row fails <see cref="Every_mapped_endpoint_has_rows_in_the_table"/>, so a new page or
/// endpoint cannot ship without its expected access. Denied and nonexistent look the same: 404.
/// </summary>
public abstract class EndpointAccessMatrixTests<TApp>(TApp app) where TApp : AcademyApp
{
    /// <summary>The callers, in the order of each row's expectations.</summary>
    public enum Caller
    {
        Anonymous,
        LearnerOfA,
        LearnerOfB,
        RemovedFromA,
        LockedOut,
        InstructorOfA,
        InstructorOfAnotherCourse,
        Admin,
    }

    /// <summary>
    /// Route pattern, address (placeholders below), what the address is, and the expected answer for each
    /// caller in <see cref="Caller"/> order: O 200, S sent to sign in, N 404 (some endpoints for script answer visitors 404 rather than a sign-in page), R another redirect (302),
    /// C 409 (a stale draft: it got past access), B 400. A POST to a page names the form it sends after a '#' (#reply, #start-thread).
    /// Placeholders: {A} {B} cohorts of the course, {C} a cohort of another course, {course} {other-course},
    /// {module}, {threadA} (started by learner A, post 2 by a peer), {threadB}, {mine} the caller's own id,
    /// {peer} a peer of A, {memberB} a member of B, {reflA} learner A's reflection, {reflPeer} the peer's, {reflB} B's,
    /// {unreleased} the space of module 7 (it opens weeks after A's start), {threadUnreleased} a prompt thread there,
    /// {assignmentUnreleased} a reflection assignment of module 7, {sessionA} a live session of A (B has none),
    /// {unsubscribePeer} the token of the peer's unsubscribe from announcements, {conversationA} learner A's conversation with A's instructor,
    /// {conversationPeer} the peer's message request to learner A, {reportA} learner A's report of it,
    /// {peerReviewA} learner A's peer review (claimed) of the peer's reflection, {peerReviewPeer} the peer's of A's,
    /// {peerReviewUnreleased} learner A's claim on the peer's {assignmentUnreleased}, made while module 7 was open for a day and moved back to its date.
    /// </summary>
    public static readonly IReadOnlyList<(string Pattern, string Method, string Address, string What, string Expected)> Rows =
    [
        ("/", "GET", "/", "home or catalogue", "O O O O O O O O"),
        ("/health", "GET", "/health", "health check (readiness)", "O O O O O O O O"),
        ("/health/live", "GET", "/health/live", "liveness", "O O O O O O O O"),
        ("/health/ready", "GET", "/health/ready", "readiness", "O O O O O O O O"),
        ("/{**path:file}", "GET", "/no-such-file.txt", "a file that is not there", "N N N N N N N N"),
        ("/_framework/opaque-redirect", "GET", "/_framework/opaque-redirect", "the framework's redirect helper, without its token", "N N N N N N N N"),
        ("/error", "GET", "/error", "error page (says nothing of anyone)", "O O O O O O O O"),
        ("/not-found", "GET", "/not-found", "not-found page", "N N N N N N N N"),
        ("/Account/Login", "GET", "/Account/Login", "sign-in", "O O O O O O O O"),
        ("/Account/Register", "GET", "/Account/Register", "sign-up", "O O O O O O O O"),
        ("/Account/ForgotPassword", "GET", "/Account/ForgotPassword", "forgotten password", "O O O O O O O O"),
        ("/Account/ResetPassword", "GET", "/Account/ResetPassword?code=bad&email=x%40example.com", "reset with a bad code", "O O O O O O O O"),
        ("/Account/Manage", "GET", "/Account/Manage", "own account", "S O O O S O O O"),
        ("/Account/Manage/data", "GET", "/Account/Manage/data", "own data, readable", "S O O O S O O O"),
        ("/Account/Manage/data.json", "GET", "/Account/Manage/data.json", "own data, as a file", "S O O O S O O O"),
        ("/admin", "GET", "/admin", "administration", "S N N N S N N O"),
        ("/profile", "GET", "/profile", "own profile editor", "S O O O S O O O"),
        ("/connections", "GET", "/connections", "own connections", "S O O O S O O O"),
        ("/notifications", "GET", "/notifications", "own notifications", "S O O O S O O O"),
        ("/notifications/unread-count", "GET", "/notifications/unread-count", "own unread count (for script)", "N O O O N O O O"),
        ("/teach", "GET", "/teach", "instructor home", "S N N N S O O O"),
        ("/invitations/{Token}", "GET", "/invitations/no-such-token", "nonexistent invitation", "N N N N N N N N"),
        ("/unsubscribe", "GET", "/unsubscribe?token={unsubscribePeer}", "the peer's unsubscribe page (its token is the key: no sign-in)", "O O O O O O O O"),
        ("/unsubscribe", "GET", "/unsubscribe?token=not-a-token", "an unsubscribe page for a token this site did not make", "N N N N N N N N"),
        ("/unsubscribe", "POST", "/unsubscribe?token=not-a-token", "a one-click unsubscribe with a token this site did not make", "N N N N N N N N"),
        ("/unsubscribe", "POST", "/unsubscribe?token={unsubscribePeer}", "the peer's one-click unsubscribe (RFC 8058: no cookie or antiforgery token needed)", "O O O O O O O O"),

        ("/courses/{CourseSlug}", "GET", "/courses/{course}", "course of A and B", "O O O O O O O O"),
        ("/courses/{CourseSlug}", "GET", "/courses/no-such-course", "nonexistent course", "N N N N N N N N"),
        ("/courses/{CourseSlug}/modules/{ModuleSlug}", "GET", "/courses/{course}/modules/{module}", "module of A's course", "S O O N S O N O"),
        ("/courses/{CourseSlug}/modules/{ModuleSlug}", "GET", "/courses/{other-course}/modules/{module}", "module of another course", "S N N N S N O O"),
        ("/courses/{CourseSlug}/modules/{ModuleSlug}", "GET", "/courses/{course}/modules/no-such-module", "nonexistent module", "S N N N S N N N"),
        ("/courses/{course}/images/{file}", "GET", "/courses/{course}/images/no-such-picture.png", "nonexistent picture", "N N N N N N N N"),

        ("/cohorts/{CohortSlug}", "GET", "/cohorts/{A}", "cohort A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}", "GET", "/cohorts/{B}", "cohort B", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}", "GET", "/cohorts/no-such-cohort", "nonexistent cohort", "S N N N S N N N"),
        ("/cohorts/{cohort}/calendar.ics", "GET", "/cohorts/{A}/calendar.ics", "A's calendar by session", "N O N N N O N N"),
        ("/cohorts/{cohort}/calendar.ics", "GET", "/cohorts/{A}/calendar.ics?token=not-a-token", "A's calendar with a wrong token", "N O N N N O N N"),
        ("/cohorts/{cohort}/members/names", "GET", "/cohorts/{A}/members/names", "A's member names (for mentions)", "N O N N N O N O"),

        ("/cohorts/{CohortSlug}/sessions", "GET", "/cohorts/{A}/sessions", "A's live sessions", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/sessions", "GET", "/cohorts/{B}/sessions", "B's live sessions", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}/sessions", "GET", "/cohorts/no-such-cohort/sessions", "a nonexistent cohort's sessions", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/sessions/new", "GET", "/cohorts/{A}/sessions/new", "schedule a session in A", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/sessions/new", "POST", "/cohorts/{A}/sessions/new#session", "post a session to A (its day missing)", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/sessions/{Number:int}", "GET", "/cohorts/{A}/sessions/{sessionA}", "a live session of A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/sessions/{Number:int}", "GET", "/cohorts/{B}/sessions/{sessionA}", "A's session number under B's address", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/sessions/{Number:int}", "GET", "/cohorts/{A}/sessions/99999", "nonexistent session", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/sessions/{Number:int}/edit", "GET", "/cohorts/{A}/sessions/{sessionA}/edit", "edit or move a session of A", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/sessions/{Number:int}/edit", "POST", "/cohorts/{A}/sessions/{sessionA}/edit#session", "post an edit of A's session (its day missing)", "S N N N S O N O"),
        ("/cohorts/{cohort}/sessions/{number:int}/session.ics", "GET", "/cohorts/{A}/sessions/{sessionA}/session.ics", "a session of A as .ics", "S O N N S O N O"),
        ("/cohorts/{cohort}/sessions/{number:int}/session.ics", "GET", "/cohorts/{B}/sessions/{sessionA}/session.ics", "A's session as .ics under B's address", "S N N N S N N N"),

        ("/cohorts/{CohortSlug}/discussions", "GET", "/cohorts/{A}/discussions", "A's discussions", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions", "GET", "/cohorts/{B}/discussions", "B's discussions", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}/discussions/new", "GET", "/cohorts/{A}/discussions/new?space=lounge", "start a thread in A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/search", "GET", "/cohorts/{A}/discussions/search?q=bridges", "search A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/moderation", "GET", "/cohorts/{A}/discussions/moderation", "A's moderation queue", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}", "GET", "/cohorts/{A}/discussions/{threadA}", "A's thread", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}", "GET", "/cohorts/{B}/discussions/{threadB}", "B's thread", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}", "GET", "/cohorts/{A}/discussions/99999", "nonexistent thread", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/move", "GET", "/cohorts/{A}/discussions/{threadA}/move", "move A's thread", "S N N N S O N O"),
        ("/cohorts/{cohort}/discussions/{thread:int}/events", "GET", "/cohorts/{A}/discussions/{threadA}/events", "A's thread live feed", "N O N N N O N O"),
        ("/cohorts/{cohort}/discussions/{thread:int}/events", "GET", "/cohorts/{B}/discussions/{threadB}/events", "B's thread live feed", "N N O N N N N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/edit", "GET", "/cohorts/{A}/discussions/{threadA}/posts/1/edit", "edit learner A's own post", "S O N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/edit", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/edit", "edit a peer's post", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/edit", "GET", "/cohorts/{B}/discussions/{threadB}/posts/1/edit", "edit B's post", "S N O N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/delete", "GET", "/cohorts/{A}/discussions/{threadA}/posts/1/delete", "delete learner A's own post", "S O N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/delete", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/delete", "delete a peer's post", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/delete", "GET", "/cohorts/{A}/discussions/{threadA}/posts/99/delete", "delete a nonexistent post", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/history", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/history", "a peer's post history", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/likes", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/likes", "a peer's post likes", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/flag", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/flag", "flag a peer's post", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/flag", "GET", "/cohorts/{B}/discussions/{threadB}/posts/1/flag", "flag B's post", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/moderate", "GET", "/cohorts/{A}/discussions/{threadA}/posts/2/moderate", "moderate a post of A", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions", "GET", "/cohorts/{A}/discussions?space={unreleased}", "A's space of a module not open yet (learners: its title and date)", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/new", "GET", "/cohorts/{A}/discussions/new?space={unreleased}", "start a thread in a module not open yet", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/new", "POST", "/cohorts/{A}/discussions/new?space={unreleased}#start-thread", "post a new thread in a module not open yet", "S N N N S R N R"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}", "GET", "/cohorts/{A}/discussions/{threadUnreleased}", "a thread of a module not open yet", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}", "POST", "/cohorts/{A}/discussions/{threadUnreleased}#reply", "reply in a thread of a module not open yet", "S N N N S R N R"),
        ("/cohorts/{cohort}/discussions/{thread:int}/events", "GET", "/cohorts/{A}/discussions/{threadUnreleased}/events", "live feed of a thread of a module not open yet", "N N N N N O N O"),
        ("/cohorts/{CohortSlug}/discussions/{ThreadNumber:int}/posts/{Sequence:int}/history", "GET", "/cohorts/{A}/discussions/{threadUnreleased}/posts/1/history", "a post in a module not open yet", "S N N N S O N O"),
        ("/cohorts/{cohort}/discussions/drafts", "POST", "/cohorts/{A}/discussions/drafts", "autosave a draft in A", "N O N N N O N O"),
        ("/cohorts/{cohort}/discussions/drafts", "POST", "/cohorts/{B}/discussions/drafts", "autosave a draft in B", "N N O N N N N O"),
        ("/cohorts/{cohort}/discussions/preview", "POST", "/cohorts/{A}/discussions/preview", "preview in A", "S O N N S O N O"),

        ("/cohorts/{CohortSlug}/reflections", "GET", "/cohorts/{A}/reflections", "A's reflections", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}", "GET", "/cohorts/{A}/reflections/my-reasons", "write a reflection in A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}", "GET", "/cohorts/{A}/reflections/no-such-assignment", "nonexistent assignment", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/gallery", "GET", "/cohorts/{A}/reflections/my-reasons/gallery", "A's gallery", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/gallery", "GET", "/cohorts/{A}/reflections/{assignmentUnreleased}/gallery", "the gallery of an assignment not open yet", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}", "GET", "/cohorts/{A}/reflections/{assignmentUnreleased}", "a reflection of a module not open yet (learners: its title and date)", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}", "POST", "/cohorts/{A}/reflections/{assignmentUnreleased}#reflection", "submit a reflection of a module not open yet", "S N N N S N N N"),
        ("/cohorts/{cohort}/reflections/{assignment}/draft", "POST", "/cohorts/{A}/reflections/{assignmentUnreleased}/draft", "autosave a reflection of a module not open yet", "S N N N S N N N"),
        ("/cohorts/{cohort}/reflections/{assignment}/preview", "POST", "/cohorts/{A}/reflections/{assignmentUnreleased}/preview", "preview a reflection of a module not open yet", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review", "GET", "/cohorts/{A}/reflections/{assignmentUnreleased}/peer-review", "peer review (on) of a module not open yet", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review", "POST", "/cohorts/{A}/reflections/{assignmentUnreleased}/peer-review#claim-peer-review", "ask for a reflection to review in a module not open yet", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review/{ReviewId:guid}", "GET", "/cohorts/{A}/reflections/{assignmentUnreleased}/peer-review/{peerReviewUnreleased}", "learner A's review claimed before its module moved later", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review/{ReviewId:guid}", "POST", "/cohorts/{A}/reflections/{assignmentUnreleased}/peer-review/{peerReviewUnreleased}#peer-review", "send that review while its module is closed", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/deadlines", "GET", "/cohorts/{A}/reflections/deadlines", "A's deadlines", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/review", "GET", "/cohorts/{A}/reflections/review", "A's review queue", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-reviews", "GET", "/cohorts/{A}/reflections/my-reasons/peer-reviews", "A's peer review coverage (instructors)", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-reviews", "GET", "/cohorts/{B}/reflections/my-reasons/peer-reviews", "B's peer review coverage", "S N N N S N N O"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-reviews", "GET", "/cohorts/{A}/reflections/no-such-assignment/peer-reviews", "peer review of a nonexistent assignment", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/review/{ReflectionId:guid}", "GET", "/cohorts/{A}/reflections/review/{reflA}", "learner A's own reflection (instructors' review page)", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/review/{ReflectionId:guid}", "GET", "/cohorts/{A}/reflections/review/{reflPeer}", "a peer's private reflection", "S N N N S O N O"),
        ("/cohorts/{CohortSlug}/reflections/review/{ReflectionId:guid}", "GET", "/cohorts/{B}/reflections/review/{reflB}", "B's reflection", "S N N N S N N O"),
        ("/cohorts/{CohortSlug}/reflections/review/{ReflectionId:guid}", "GET", "/cohorts/{A}/reflections/review/{reflB}", "B's reflection under A's address", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/review/{ReflectionId:guid}", "GET", "/cohorts/{A}/reflections/review/00000000-0000-0000-0000-000000000001", "nonexistent reflection", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review", "GET", "/cohorts/{A}/reflections/my-reasons/peer-review", "peer review in A (its learners only)", "S O N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review", "GET", "/cohorts/{A}/reflections/walking-the-talk/peer-review", "peer review of an assignment where it is off", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review/{ReviewId:guid}", "GET", "/cohorts/{A}/reflections/my-reasons/peer-review/{peerReviewA}", "learner A's review of the peer's reflection (its reviewer only)", "S O N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review/{ReviewId:guid}", "GET", "/cohorts/{A}/reflections/my-reasons/peer-review/{peerReviewPeer}", "the peer's review of A's reflection (not its author's address)", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/reflections/{AssignmentSlug}/peer-review/{ReviewId:guid}", "GET", "/cohorts/{B}/reflections/my-reasons/peer-review/{peerReviewA}", "A's review under B's address", "S N N N S N N N"),
        ("/cohorts/{cohort}/reflections/{assignment}/draft", "POST", "/cohorts/{A}/reflections/my-reasons/draft", "autosave a reflection in A (writers only)", "S C N N S N N N"),
        ("/cohorts/{cohort}/reflections/{assignment}/preview", "POST", "/cohorts/{A}/reflections/my-reasons/preview", "preview a reflection in A (writers only)", "S O N N S N N N"),
        ("/cohorts/{cohort}/reflections/portfolio.zip", "GET", "/cohorts/{A}/reflections/portfolio.zip", "own portfolio in A", "S O N N S N N N"),
        ("/cohorts/{cohort}/reflections/scores.csv", "GET", "/cohorts/{A}/reflections/scores.csv", "A's scores", "S N N N S O N O"),

        ("/cohorts/{CohortSlug}/people", "GET", "/cohorts/{A}/people", "A's directory", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/people", "GET", "/cohorts/{B}/people", "B's directory", "S N O N S N N O"),
        ("/cohorts/{CohortSlug}/people/{MemberId}", "GET", "/cohorts/{A}/people/{mine}", "own profile in A (the admin has none there)", "S O N N S O N N"),
        ("/cohorts/{CohortSlug}/people/{MemberId}", "GET", "/cohorts/{A}/people/{peer}", "a peer's profile in A", "S O N N S O N O"),
        ("/cohorts/{CohortSlug}/people/{MemberId}", "GET", "/cohorts/{A}/people/{memberB}", "a member of B under A's address", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/people/{MemberId}", "GET", "/cohorts/{A}/people/no-such-member", "nonexistent member", "S N N N S N N N"),
        ("/cohorts/{cohort}/people/{member}/avatar", "GET", "/cohorts/{A}/people/{peer}/avatar", "a peer without a picture", "S N N N S N N N"),
        ("/cohorts/{CohortSlug}/network", "GET", "/cohorts/{A}/network", "A's network", "S O N N S O N O"),
        ("/cohorts/{cohort}/network/graph.json", "GET", "/cohorts/{A}/network/graph.json", "A's network data", "N O N N N O N O"),
        ("/cohorts/{cohort}/network/graph.json", "GET", "/cohorts/{B}/network/graph.json", "B's network data", "N N O N N N N O"),

        ("/teach/cohorts/{CohortSlug}", "GET", "/teach/cohorts/{A}", "teach cohort A", "S N N N S O N O"),
        ("/teach/cohorts/{CohortSlug}", "GET", "/teach/cohorts/{C}", "teach the other course's cohort", "S N N N S N O O"),
        ("/teach/cohorts/{cohort}/engagement.csv", "GET", "/teach/cohorts/{A}/engagement.csv", "A's engagement data", "S N N N S O N O"),
        ("/teach/courses/{CourseSlug}", "GET", "/teach/courses/{course}", "author A's course", "S N N N S O N O"),
        ("/teach/courses/{CourseSlug}", "GET", "/teach/courses/{other-course}", "author the other course", "S N N N S N O O"),
        ("/teach/courses/{CourseSlug}/modules/{ModuleSlug}", "GET", "/teach/courses/{course}/modules/{module}", "edit a module of A's course", "S N N N S O N O"),
        ("/teach/courses/{CourseSlug}/modules/{ModuleSlug}/history", "GET", "/teach/courses/{course}/modules/{module}/history", "a module's history", "S N N N S O N O"),
        ("/teach/courses/{course}/export.zip", "GET", "/teach/courses/{course}/export.zip", "export A's course", "S N N N S O N O"),
        ("/teach/courses/{course}/export.zip", "GET", "/teach/courses/{other-course}/export.zip", "export the other course", "S N N N S N O O"),
        ("/messages", "GET", "/messages", "own messages", "S O O O S O O O"),
        ("/messages/unread-count", "GET", "/messages/unread-count", "own unread messages (for script)", "N O O O N O O O"),
        ("/messages/new", "GET", "/messages/new", "start a conversation, choosing whom", "S O O O S O O O"),
        ("/messages/new", "GET", "/messages/new?to={peer}", "write to a peer of A (only someone sharing a cohort)", "S O N N S O N N"),
        ("/messages/new", "POST", "/messages/new#start-conversation", "post a new conversation (nobody chosen)", "S O O O S O O O"),
        ("/messages/{ConversationId:guid}", "GET", "/messages/{conversationA}", "A's conversation with A's instructor (its members only: admins too get 404)", "S O N N S O N N"),
        ("/messages/{ConversationId:guid}", "GET", "/messages/{conversationNone}", "a nonexistent conversation", "S N N N S N N N"),
        ("/messages/{ConversationId:guid}", "POST", "/messages/{conversationA}#message", "write in A's conversation", "S R N N S R N N"),
        ("/messages/{ConversationId:guid}/{Number:int}/edit", "GET", "/messages/{conversationA}/1/edit", "edit A's first message (its author only)", "S O N N S N N N"),
        ("/messages/{ConversationId:guid}/{Number:int}/edit", "POST", "/messages/{conversationA}/1/edit#edit-message", "post an edit of A's first message", "S R N N S N N N"),
        ("/messages/{ConversationId:guid}", "GET", "/messages/{conversationPeer}", "the peer's message request to A (A's instructor, not in it, gets 404)", "S O N N S N N N"),
        ("/messages/{ConversationId:guid}/{Number:int}/report", "GET", "/messages/{conversationPeer}/1/report", "report the peer's message to A (A has: it says so)", "S O N N S N N N"),
        ("/messages/{ConversationId:guid}/{Number:int}/report", "GET", "/messages/{conversationA}/1/report", "report A's own message (only the other member may)", "S N N N S O N N"),
        ("/messages/{ConversationId:guid}/{Number:int}/report", "POST", "/messages/{conversationA}/1/report#report-message", "post a report of A's message without a reason (refused beside it)", "S N N N S O N N"),
        ("/admin/message-reports", "GET", "/admin/message-reports", "reported messages (admins)", "S N N N S N N O"),
        ("/admin/message-reports/{ReportId:guid}", "GET", "/admin/message-reports/{reportA}", "A's report, with the messages around it (admins)", "S N N N S N N O"),
        ("/admin/message-reports/{ReportId:guid}", "GET", "/admin/message-reports/{conversationNone}", "a nonexistent report", "S N N N S N N N"),
        ("/admin/message-reports/{ReportId:guid}", "POST", "/admin/message-reports/{reportA}#dismiss-report", "dismiss A's report", "S N N N S N N R"),
        ("/messages/{id:guid}/events", "GET", "/messages/{conversationA}/events", "A's conversation's live feed (its members only)", "N O N N N O N N"),
        ("/messages/{id:guid}/events", "GET", "/messages/{conversationNone}/events", "a nonexistent conversation's live feed", "N N N N N N N N"),
        ("/messages/{id:guid}/read", "POST", "/messages/{conversationA}/read", "mark A's conversation read as far as the page shows (for script)", "N O N N N O N N"),
        ("/messages/{id:guid}/draft", "POST", "/messages/{conversationA}/draft", "autosave a draft in A's conversation (for script)", "N O N N N O N N"),
        ("/messages/{id:guid}/draft", "POST", "/messages/{conversationNone}/draft", "autosave a draft in a nonexistent conversation", "N N N N N N N N"),
        ("/language", "POST", "/language", "the footer's language switch (with the caller's token): a cookie, for anyone", "R R R R R R R R"),

        // Last: it ends the caller's session.
        ("/Account/Logout", "POST", "/Account/Logout", "sign out (with the caller's token)", "R R R R R R R R"),
    ];

    /// <summary>Mapped by the framework, public by design: static files carry no data of anyone.</summary>
    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(metadata => metadata.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    [Fact]
    public void Every_mapped_endpoint_has_rows_in_the_table()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => !IsStaticAsset(endpoint))
            .Select(endpoint => (Pattern: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), Methods: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .ToList();
        var mapped = endpoints.Select(endpoint => (endpoint.Pattern, Method: endpoint.Methods.Contains("GET") ? "GET" : endpoint.Methods[0])).Distinct().ToList();
        var answerable = endpoints.SelectMany(endpoint => endpoint.Methods.Select(method => (endpoint.Pattern, Method: method))).Distinct().ToList();

        var missing = mapped.Where(endpoint => !Rows.Any(row => row.Pattern == endpoint.Pattern && row.Method == endpoint.Method)).ToList();
        var stale = Rows.Select(row => (row.Pattern, row.Method)).Distinct().Where(row => !answerable.Contains(row)).ToList();
        Assert.True(missing.Count == 0, $"Endpoints without rows in {nameof(Rows)}: {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"Rows for endpoints that are no longer mapped: {string.Join(", ", stale)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_every_kind_of_caller_as_the_table_says()
    {
        var world = await ArrangeAsync();
        var wrong = new List<string>();
        foreach (var (_, method, address, what, expected) in Rows)
        {
            var codes = expected.Split(' ');
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var url = world.Resolve(address, caller);
                var answer = await world.AnswerAsync(caller, method, url);
                if (answer != codes[(int)caller])
                {
                    wrong.Add($"{caller} {method} {url} ({what}): expected {codes[(int)caller]}, got {answer}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Every_form_on_every_page_refuses_a_post_without_its_antiforgery_token_or_with_another_sessions()
    {
        var world = await ArrangeAsync();
        var strangersToken = await world.TokenOfAsync(world.Clients[Caller.LearnerOfB]);
        var refusedForms = 0;
        var wrong = new List<string>();
        foreach (var caller in new[] { Caller.LearnerOfA, Caller.InstructorOfA, Caller.Admin })
        {
            var client = world.Clients[caller];
            foreach (var (_, method, address, what, expected) in Rows)
            {
                if (method != "GET" || expected.Split(' ')[(int)caller] != "O" || address.Contains("/events", StringComparison.Ordinal))
                {
                    continue;
                }

                var page = await client.GetAsync(world.Resolve(address, caller));
                if (page.Response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                // The one form without a token by design: the one-click unsubscribe (RFC 8058) is posted by mail programs, which have
                // none; the signed token in its address is the authority, so a forged post could do nothing its sender could not.
                foreach (var form in page.Document.QuerySelectorAll("form[method=post]").Where(form => form.GetAttribute("action")?.StartsWith("/unsubscribe?", StringComparison.Ordinal) != true))
                {
                    var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
                        .Select(field => (Name: field.GetAttribute("name")!, Value: field.GetAttribute("value") ?? field.TextContent))
                        .Where(field => field.Name != "__RequestVerificationToken")
                        .GroupBy(field => field.Name).ToDictionary(group => group.Key, group => group.First().Value);
                    var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
                    using var withoutToken = await client.Http.PostAsync(action, new FormUrlEncodedContent(fields));
                    fields["__RequestVerificationToken"] = strangersToken;
                    using var withStrangersToken = await client.Http.PostAsync(action, new FormUrlEncodedContent(fields));
                    foreach (var (kind, response) in new[] { ("no token", withoutToken), ("another session's token", withStrangersToken) })
                    {
                        if (response.StatusCode != HttpStatusCode.BadRequest)
                        {
                            wrong.Add($"{caller} posting {fields.GetValueOrDefault("_handler")} on {page.Url} ({what}) with {kind}: {(int)response.StatusCode}");
                        }
                    }

                    refusedForms++;
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.True(refusedForms > 50, $"Only {refusedForms} forms were tried: the pages did not render their forms.");
    }

    [Fact]
    public async Task Fields_a_form_does_not_have_are_ignored_whatever_they_claim()
    {
        var world = await ArrangeAsync();
        var (cohortA, cohortB) = (world.Values["A"], world.Values["B"]);
        var learnerAId = world.Ids[Caller.LearnerOfA];
        var claims = new Dictionary<string, string>
        {
            ["Input.AuthorId"] = learnerAId, ["AuthorId"] = learnerAId, ["Input.UserId"] = learnerAId, ["UserId"] = learnerAId,
            ["Input.AuthorName"] = "The Dean", ["Input.CohortSlug"] = cohortB, ["CohortSlug"] = cohortB, ["Input.IsPinned"] = "true",
            ["IsPinned"] = "true", ["Input.Role"] = "Admin", ["Role"] = "Admin", ["Input.Status"] = "Completed", ["Input.Scores"] = "4",
            ["Score"] = "16",
        };
        IDictionary<string, string> With(Dictionary<string, string> fields) => claims.Concat(fields).GroupBy(pair => pair.Key).ToDictionary(g => g.Key, g => g.Last().Value);

        // A peer replies and starts a thread claiming to be learner A, pinned, in cohort B.
        var peer = world.PeerClient;
        await peer.SubmitAsync($"/cohorts/{cohortA}/discussions/{world.Values["threadA"]}", "reply", With(new() { ["Input.Body"] = "Claiming much." }));
        var started = await peer.SubmitAsync($"/cohorts/{cohortA}/discussions/new?space=lounge", "start-thread",
            With(new() { ["Input.Title"] = "Claims", ["Input.Body"] = "Claiming more." }));
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        var (reply, thread) = await app.WithDbAsync(async db => (
            await db.Posts.Where(post => post.BodyMarkdown == "Claiming much.").Select(post => new { post.AuthorId, post.AuthorName }).SingleAsync(),
            await db.Threads.Where(t => t.Title == "Claims").Select(t => new { t.CohortSlug, t.IsPinned, t.AuthorId }).SingleAsync()));
        Assert.Equal((world.Values["peer"], "Matrix Peer"), (reply.AuthorId, reply.AuthorName));
        Assert.Equal((cohortA, false, world.Values["peer"]), (thread.CohortSlug, thread.IsPinned, thread.AuthorId));

        // A learner submits a reflection claiming a score, a finished review and someone else's name.
        await peer.SubmitAsync($"/cohorts/{cohortA}/reflections/walking-the-talk", "reflection",
            With(new() { ["Input.Body"] = "Claimed reflection.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" }));
        var reflection = await app.WithDbAsync(db => db.Reflections.Where(r => r.SubmittedMarkdown == "Claimed reflection.")
            .Select(r => new { r.UserId, r.CohortSlug, r.Status, r.Scores }).SingleAsync());
        Assert.Equal(world.Values["peer"], reflection.UserId);
        Assert.Equal(cohortA, reflection.CohortSlug);
        Assert.Equal(Academy.Reflections.Domain.ReflectionStatus.Submitted, reflection.Status);
        Assert.Empty(reflection.Scores);

        // Saving one's profile claiming another's id and a role changes one's own profile only.
        await peer.SubmitAsync("/profile", "profile", With(new() { ["Input.Headline"] = "Claimed headline" }));
        var headlines = await app.WithDbAsync(db => db.MemberProfiles.Where(p => p.Headline == "Claimed headline").Select(p => p.UserId).ToListAsync());
        Assert.Equal([world.Values["peer"]], headlines);
        var peerRoles = await app.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == world.Values["peer"]).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToListAsync());
        Assert.Equal(["Learner"], peerRoles);

        // Signing up claiming the admin role makes a learner.
        using var newcomer = app.CreateAcademyClient();
        var email = $"claims-{Guid.NewGuid():N}@example.com";
        await newcomer.SubmitAsync("/Account/Register", "register", With(new()
        {
            ["Input.DisplayName"] = "Claimant", ["Input.Email"] = email, ["Input.Password"] = "correct horse battery staple",
        }));
        var newcomerRoles = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (_, r) => r.RoleId).Join(db.Roles, id => id, role => role.Id, (_, role) => role.Name).ToListAsync());
        Assert.Equal(["Learner"], newcomerRoles);
    }

    private sealed class TestWorld
    {
        public Dictionary<Caller, AcademyClient> Clients { get; } = [];

        public Dictionary<Caller, string> Ids { get; } = [];

        public Dictionary<string, string> Values { get; } = [];

        /// <summary>Another learner of A: the author of post 2 of {threadA} and of {reflPeer}.</summary>
        public AcademyClient PeerClient { get; set; } = default!;

        public string Resolve(string address, Caller caller)
        {
            var url = address.Replace("{mine}", Ids.GetValueOrDefault(caller, "nobody"));
            foreach (var (key, value) in Values)
            {
                url = url.Replace("{" + key + "}", value);
            }

            return url;
        }

        /// <summary>The answer in the table's letters, from the status only: a live feed never ends, so the body is not read.</summary>
        public async Task<string> AnswerAsync(Caller caller, string method, string url)
        {
            var client = Clients[caller];
            var form = url.Split('#') is [_, var formName] ? formName : null;
            using var request = new HttpRequestMessage(new HttpMethod(method), url.Split('#')[0]);
            if (method == "POST")
            {
                var fields = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = await TokenOfAsync(client), ["body"] = "A note.", ["version"] = "99", ["place"] = "new:lounge", ["upTo"] = "1",
                };
                if (form is not null)
                {
                    fields["_handler"] = form;
                    fields["Input.Title"] = "A title";
                    fields["Input.Body"] = "A note.";
                }

                request.Content = new FormUrlEncodedContent(fields);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var toSignIn = response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true;
            return (int)response.StatusCode switch
            {
                200 => "O",
                302 when toSignIn => "S",
                302 or 303 or 307 => "R",
                400 => "B",
                404 => "N",
                409 => "C",
                var other => other.ToString(CultureInfo.InvariantCulture),
            };
        }

        private readonly Dictionary<AcademyClient, string> tokens = [];

        /// <summary>A form token of the caller's own session, from a page anyone can open.</summary>
        public async Task<string> TokenOfAsync(AcademyClient client)
        {
            if (!tokens.TryGetValue(client, out var token))
            {
                var page = await client.GetAsync("/Account/Login");
                token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                tokens[client] = token;
            }

            return token;
        }
    }

    private async Task<TestWorld> ArrangeAsync()
    {
        var world = new TestWorld();
        async Task<AcademyClient> Person(Caller caller, string name)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            world.Clients[caller] = client;
            world.Ids[caller] = id;
            return client;
        }

        var learnerA = await Person(Caller.LearnerOfA, "Matrix Learner A");
        await Person(Caller.LearnerOfB, "Matrix Learner B");
        await Person(Caller.RemovedFromA, "Matrix Removed");
        await Person(Caller.LockedOut, "Matrix Locked");
        await Person(Caller.InstructorOfA, "Matrix Instructor A");
        await Person(Caller.InstructorOfAnotherCourse, "Matrix Other Instructor");
        var (peer, peerId) = await app.NewLearnerAsync("Matrix Peer");
        world.PeerClient = peer;
        world.Clients[Caller.Anonymous] = app.CreateAcademyClient();
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        world.Clients[Caller.Admin] = admin;
        var adminId = await app.WithDbAsync(db => db.Users.Where(user => user.Email == "admin@academy.test").Select(user => user.Id).SingleAsync());
        world.Ids[Caller.Admin] = adminId;

        var otherCourse = $"matrix-{Guid.NewGuid():N}"[..16];
        await app.ImportContentAsync(Arrange.CopyOfCourseContent(otherCourse));
        var startsOn = Arrange.Today.AddDays(-14);
        var cohortA = await app.NewCohortAsync(startsOn, members:
        [
            (world.Ids[Caller.LearnerOfA], CohortRole.Learner), (peerId, CohortRole.Learner), (world.Ids[Caller.RemovedFromA], CohortRole.Learner),
            (world.Ids[Caller.LockedOut], CohortRole.Learner), (world.Ids[Caller.InstructorOfA], CohortRole.Instructor),
        ]);
        var cohortB = await app.NewCohortAsync(startsOn, members: (world.Ids[Caller.LearnerOfB], CohortRole.Learner));
        var cohortC = await app.NewCohortAsync(startsOn, otherCourse, (world.Ids[Caller.InstructorOfAnotherCourse], CohortRole.Instructor));

        var threadA = await StartThreadAsync(learnerA, cohortA);
        var sessionA = await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new Academy.Cohorts.Sessions.ScheduleSession(cohortA, "Matrix session", "An agenda.",
            Arrange.Today.AddDays(3), new TimeOnly(17, 0), new TimeOnly(18, 0), "https://meet.example.com/matrix", null, null));
        await peer.SubmitAsync($"/cohorts/{cohortA}/discussions/{threadA}", "reply", new Dictionary<string, string> { ["Input.Body"] = "A peer's reply." });
        var threadB = await StartThreadAsync(world.Clients[Caller.LearnerOfB], cohortB);
        foreach (var (client, cohort) in new[] { (learnerA, cohortA), (peer, cohortA), (world.Clients[Caller.LearnerOfB], cohortB) })
        {
            await client.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
                new Dictionary<string, string> { ["Input.Body"] = "My honest reasons.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        }

        var reflections = await app.WithDbAsync(db => db.Reflections.Where(r => r.AssignmentSlug == "my-reasons" && (r.CohortSlug == cohortA || r.CohortSlug == cohortB))
            .Select(r => new { r.UserId, r.Id }).ToDictionaryAsync(r => r.UserId, r => r.Id));

        // Peer review of my-reasons in A: learner A and the peer each claim the other's reflection.
        await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new Academy.Reflections.PeerReviews.ChangePeerReviewSettings(cohortA, "my-reasons", true, 2, 2, true,
            null, false, false, true, 24), Roles.Instructor);
        world.Values["peerReviewA"] = (await app.SendAsAsync(world.Ids[Caller.LearnerOfA], new Academy.Reflections.PeerReviews.ClaimPeerReview(cohortA, "my-reasons"))).ToString();
        world.Values["peerReviewPeer"] = (await app.SendAsAsync(peerId, new Academy.Reflections.PeerReviews.ClaimPeerReview(cohortA, "my-reasons"))).ToString();

        // Module 7 opened early for a day: A and the peer submitted its reflection and A claimed the peer's; then it moved back to its date.
        var moduleSeven = "leading-the-transformation";
        await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new Academy.Contracts.Courses.ChangeModuleRelease(cohortA, moduleSeven, Arrange.Today.AddDays(-1)), Roles.Instructor);
        await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new Academy.Reflections.PeerReviews.ChangePeerReviewSettings(cohortA, "my-90-day-plan", true, 2, 2, true,
            null, false, false, true, 24), Roles.Instructor);
        foreach (var learner in new[] { world.Ids[Caller.LearnerOfA], peerId })
        {
            await app.SendAsAsync(learner, new Academy.Reflections.Writing.SubmitReflection(cohortA, "my-90-day-plan", "My plan, early.", Confirmed: true, BasedOnVersion: 0));
        }

        world.Values["peerReviewUnreleased"] = (await app.SendAsAsync(world.Ids[Caller.LearnerOfA],
            new Academy.Reflections.PeerReviews.ClaimPeerReview(cohortA, "my-90-day-plan"))).ToString();
        await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new Academy.Contracts.Courses.ChangeModuleRelease(cohortA, moduleSeven, startsOn.AddDays(7 * 6)), Roles.Instructor);

        // Removed from A, and locked by an admin, after they had signed in: their open sessions must not help them.
        await app.SendAsAsync(world.Ids[Caller.InstructorOfA], new RemoveCohortMember(cohortA, world.Ids[Caller.RemovedFromA]), Roles.Instructor);
        await app.SendAsAsync(adminId, new LockAccount(world.Ids[Caller.LockedOut], Lock: true), Roles.Admin);

        var conversationA = await app.SendAsAsync(world.Ids[Caller.LearnerOfA], new Academy.Cohorts.Messages.StartConversation(
            [world.Ids[Caller.InstructorOfA]], null, "A question for my instructor."));
        world.Values["conversationA"] = conversationA.ToString();
        world.Values["conversationNone"] = Guid.CreateVersion7().ToString();
        var conversationPeer = await app.SendAsAsync(peerId, new Academy.Cohorts.Messages.StartConversation([world.Ids[Caller.LearnerOfA]], null, "A question from a peer."));
        world.Values["conversationPeer"] = conversationPeer.ToString();
        await app.SendAsAsync(world.Ids[Caller.LearnerOfA], new Academy.Cohorts.Messages.ReportMessage(conversationPeer, 1, "Not what I expected."));
        world.Values["reportA"] = (await app.WithDbAsync(db => db.MessageReports.Where(r => r.ReporterId == world.Ids[Caller.LearnerOfA])
            .Select(r => r.Id).SingleAsync())).ToString();

        world.Values["A"] = cohortA;
        world.Values["B"] = cohortB;
        world.Values["C"] = cohortC;
        world.Values["course"] = Arrange.Course;
        world.Values["other-course"] = otherCourse;
        world.Values["module"] = "why-leaders-engage";
        world.Values["threadA"] = threadA.ToString(CultureInfo.InvariantCulture);
        world.Values["threadB"] = threadB.ToString(CultureInfo.InvariantCulture);
        world.Values["sessionA"] = sessionA.ToString(CultureInfo.InvariantCulture);
        world.Values["peer"] = peerId;
        world.Values["memberB"] = world.Ids[Caller.LearnerOfB];
        world.Values["reflA"] = reflections[world.Ids[Caller.LearnerOfA]].ToString();
        world.Values["reflPeer"] = reflections[peerId].ToString();
        world.Values["reflB"] = reflections[world.Ids[Caller.LearnerOfB]].ToString();
        world.Values["unsubscribePeer"] = Uri.EscapeDataString(app.Services.GetRequiredService<Academy.Web.Email.UnsubscribeTokens>().Create(peerId, "Announcement"));
        world.Values["unreleased"] = "leading-the-transformation";
        world.Values["assignmentUnreleased"] = "my-90-day-plan";
        world.Values["threadUnreleased"] = (await app.WithDbAsync(db => (
                from thread in db.Threads
                join space in db.Spaces on thread.SpaceId equals space.Id
                where space.CohortSlug == cohortA && space.Key == "leading-the-transformation"
                orderby thread.Number
                select thread.Number).FirstAsync()))
            .ToString(CultureInfo.InvariantCulture);
        return world;
    }

    private static async Task<int> StartThreadAsync(AcademyClient client, string cohort)
    {
        var started = await client.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Matrix", ["Input.Body"] = "Talking about bridges." });
        return int.Parse(started.RedirectedTo!.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteMatrixCollection : ICollectionFixture<SqliteMatrixApp>
{
    public const string Name = "SQLite access matrix";
}

[CollectionDefinition(Name)]
public sealed class PostgresMatrixCollection : ICollectionFixture<PostgresMatrixApp>
{
    public const string Name = "PostgreSQL access matrix";
}

[Collection(SqliteMatrixCollection.Name)]
public sealed class SqliteEndpointAccessMatrixTests(SqliteMatrixApp app) : EndpointAccessMatrixTests<SqliteMatrixApp>(app);

[Collection(PostgresMatrixCollection.Name)]
public sealed class PostgresEndpointAccessMatrixTests(PostgresMatrixApp app) : EndpointAccessMatrixTests<PostgresMatrixApp>(app);
