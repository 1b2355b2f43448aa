using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Courses;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Academy.Shared.Text;
using Academy.Shared.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>What scheduling and editing a session share: the form's fields and their checks.</summary>
internal interface ISessionFields
{
    string Title { get; }
    string Agenda { get; }
    DateOnly? On { get; }
    TimeOnly? Starts { get; }
    TimeOnly? Ends { get; }
    string? MeetingUrl { get; }
    string? Place { get; }
    string? ModuleSlug { get; }
}

internal static class SessionRules
{
    public const int MaximumTitle = 200;
    public const int MaximumText = 4000;
    public const int MaximumPlace = 200;
    public const string NotHttps = "Enter a full address starting with https://, for example https://zoom.us/j/123456789.";

    /// <summary>The shape of a session's fields, each message beside its field.</summary>
    public static void SessionFields<T>(this AbstractValidator<T> validator, IStringLocalizer<CohortsText> t)
        where T : ISessionFields
    {
        validator.RuleFor(request => request.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage(_ => t["Give the session a title."])
            .MaximumLength(MaximumTitle).WithMessage(_ => t["Keep the title to {0} characters.", MaximumTitle]);
        validator.RuleFor(request => request.Agenda).MaximumLength(MaximumText).WithMessage(_ => t["Keep the agenda to {0:N0} characters.", MaximumText]);
        validator.RuleFor(request => request.On).NotNull().WithMessage(_ => t["Choose the day of the session."]);
        validator.RuleFor(request => request.Starts).NotNull().WithMessage(_ => t["Choose when it starts."]);
        validator.RuleFor(request => request.Ends).NotNull().WithMessage(_ => t["Choose when it ends."])
            .Must((request, ends) => request.Starts is not { } starts || ends is not { } end || end > starts)
            .WithMessage(_ => t["The session must end after it starts."]);
        validator.RuleFor(request => request.MeetingUrl)
            .Must(WebAddress.IsEmptyOrHttps)
            .WithMessage(_ => t[NotHttps])
            .Must((request, url) => !string.IsNullOrWhiteSpace(url) || !string.IsNullOrWhiteSpace(request.Place))
            .WithMessage(_ => t["Give a meeting link, a place, or both."]);
        validator.RuleFor(request => request.Place).MaximumLength(MaximumPlace).WithMessage(_ => t["Keep the place to {0} characters.", MaximumPlace]);
    }

    /// <summary>
    /// The session's details from the form: times read as the instructor's own clock reads them, the agenda rendered once, the
    /// module checked against the course. Refuses a time the clocks skip, and a module the course does not have.
    /// </summary>
    public static async Task<SessionDetails> DetailsAsync(ISessionFields fields, SessionCohort cohort, ReaderTime instructorsClock, IMediator mediator,
        IMarkdownRenderer markdown, IStringLocalizer<CohortsText> t, CancellationToken cancellationToken)
    {
        var zone = instructorsClock.ZoneName;
        var startsAt = ZonedTime.Instant(fields.On!.Value, fields.Starts!.Value, instructorsClock.ZoneId)
            ?? throw new RuleViolation(t["{0:HH:mm} does not exist in {1} on that day: the clocks go forward. Choose another time.", fields.Starts!.Value, zone], nameof(fields.Starts));
        var endsAt = ZonedTime.Instant(fields.On!.Value, fields.Ends!.Value, instructorsClock.ZoneId)
            ?? throw new RuleViolation(t["{0:HH:mm} does not exist in {1} on that day: the clocks go forward. Choose another time.", fields.Ends!.Value, zone], nameof(fields.Ends));
        if (endsAt <= startsAt)
        {
            throw new RuleViolation(t["The session must end after it starts."], nameof(fields.Ends));
        }

        var moduleSlug = string.IsNullOrWhiteSpace(fields.ModuleSlug) ? null : fields.ModuleSlug.Trim();
        if (moduleSlug is not null)
        {
            var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
            if (schedule.Modules.All(module => module.Slug != moduleSlug))
            {
                throw new RuleViolation(t["Choose one of the course's modules, or none."], nameof(fields.ModuleSlug));
            }
        }

        var agenda = (fields.Agenda ?? string.Empty).Trim();
        return new SessionDetails(fields.Title.Trim(), agenda, agenda.Length == 0 ? string.Empty : markdown.RenderUserContent(agenda).Html,
            startsAt, endsAt, Blank(fields.MeetingUrl), Blank(fields.Place), moduleSlug);
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A session of the cohort by number, tracked (with its answers or attendance when asked); otherwise not found.</summary>
    public static async Task<LiveSession> SessionAsync(this ICohortsData data, SessionCohort cohort, int number, CancellationToken cancellationToken,
        bool withRsvps = false, bool withAttendance = false)
    {
        IQueryable<LiveSession> sessions = data.LiveSessions;
        if (withRsvps)
        {
            sessions = sessions.Include(s => s.Rsvps);
        }

        if (withAttendance)
        {
            sessions = sessions.Include(s => s.Attendance);
        }

        return await sessions.SingleOrDefaultAsync(s => s.CohortId == cohort.Id && s.Number == number, cancellationToken)
               ?? throw new NotFoundException($"Session {number} is not in {cohort.Slug}.");
    }

    /// <summary>The session as the notifications carry it, with the cohort's members now (one query).</summary>
    public static async Task<LiveSessionInfo> InfoAsync(this ICohortsData data, SessionCohort cohort, LiveSession session, CancellationToken cancellationToken)
    {
        var members = await data.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohort.Id).OrderBy(m => m.DisplayName)
            .Select(m => new SessionMember(m.UserId, m.DisplayName, m.Role, null))
            .ToListAsync(cancellationToken);
        return new LiveSessionInfo(session.Id, session.Number, cohort.Slug, cohort.Name, session.Title, session.StartsAt, session.EndsAt, cohort.TimeZone,
            session.MeetingUrl, session.Place, session.ModuleSlug, session.IsCancelled, cohort.PathOf(session.Number), session.Sequence, members);
    }
}
