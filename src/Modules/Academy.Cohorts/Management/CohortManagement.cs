using System.Net.Mail;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Shared.Email;
using Academy.Shared.Errors;
using Academy.Shared.Links;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

/// <summary>A cohort as its instructors run it: who is in, who is invited.</summary>
public sealed record GetCohortManagement(string CohortSlug) : IRequest<CohortManagement>;

public sealed record CohortManagement(
    string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn,
    IReadOnlyList<Person> Learners, IReadOnlyList<Person> Instructors, IReadOnlyList<PendingInvitation> Invitations, CohortDashboard Dashboard);

public sealed record PendingInvitation(string Email, string Name, DateTimeOffset ExpiresAt, bool IsExpired);

/// <summary>Enrols the people of a CSV (e-mail, name): members with an account join at once, others are invited by e-mail.</summary>
public sealed record EnrolFromCsv(string CohortSlug, string Csv) : IRequest<EnrolmentReport>;

public enum EnrolmentOutcome
{
    Enrolled,
    Invited,
    AlreadyMember,
    AlreadyInvited,
    Rejected,
}

public sealed record EnrolmentRow(int Line, string Email, string Name, EnrolmentOutcome Outcome, string? Reason);

public sealed record EnrolmentReport(IReadOnlyList<EnrolmentRow> Rows)
{
    public int Count(EnrolmentOutcome outcome) => Rows.Count(row => row.Outcome == outcome);
}

/// <summary>Makes someone with an account an instructor of the cohort.</summary>
public sealed record AddCohortInstructor(string CohortSlug, string Email) : IRequest;

/// <summary>What an invitation link leads to; anyone with the link may look (it is the key).</summary>
[AllowAnonymousRequest]
public sealed record GetInvitation(string Token) : IRequest<InvitationView>;

public enum InvitationState
{
    Open,
    Expired,
    Used,
}

public sealed record InvitationView(string CohortSlug, string CohortName, string Email, string Name, InvitationState State, bool UsedByMe);

/// <summary>The signed-in person joins the cohort with the invitation (once; the link is spent).</summary>
public sealed record AcceptInvitation(string Token) : IRequest<string>;

internal static class CohortRules
{
    public const int MaximumCsvRows = 1000;

    public static bool IsEmail(string email) =>
        email.Length <= 256 && MailAddress.TryCreate(email, out var address) && address.Address == email && email.Split('@')[1].Contains('.');

    /// <summary>The cohort, if the caller teaches it (admins too), with its members; otherwise not found.</summary>
    public static async Task<Cohort> TaughtCohortAsync(this ICohortsData data, ICurrentUser currentUser, string cohortSlug, CancellationToken cancellationToken)
    {
        await CohortPeople.LoadTaughtAsync(data, currentUser, cohortSlug, cancellationToken);
        return await data.Cohorts.Include(c => c.Members).SingleAsync(c => c.Slug == cohortSlug, cancellationToken);
    }
}

internal sealed class CreateCohortValidator : AbstractValidator<CreateCohort>
{
    public CreateCohortValidator()
    {
        RuleFor(request => request.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name the cohort, for example Executive MBA autumn 2027.")
            .MaximumLength(200).WithMessage("Keep the name to 200 characters.");
        RuleFor(request => request.StartsOn).NotNull().WithMessage("Choose the start date.");
    }
}

internal sealed class CreateCohortHandler(ICohortsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<CreateCohort, string>
{
    public async Task<string> Handle(CreateCohort request, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new CanAuthorCourse(request.CourseSlug), cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} cannot start a cohort of {request.CourseSlug}.");
        }

        var baseSlug = Academy.Shared.Text.Slugs.From(request.Name, 40, "cohort");
        var taken = await data.Cohorts.Where(c => c.Slug == baseSlug || c.Slug.StartsWith(baseSlug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        var now = clock.GetUtcNow();
        var cohort = new Cohort(slug, request.Name.Trim(), request.CourseSlug, request.StartsOn!.Value);
        cohort.Enrol(currentUser.UserId, currentUser.DisplayName ?? "Instructor", CohortRole.Instructor, now);
        data.Cohorts.Add(cohort);
        await data.SaveChangesAsync(cancellationToken);
        return slug;
    }
}

internal sealed class GetCohortManagementHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetCohortManagement, CohortManagement>
{
    public async Task<CohortManagement> Handle(GetCohortManagement request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadTaughtAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = await data.Invitations.AsNoTracking()
            .Where(i => i.CohortId == people.CohortId && i.AcceptedAt == null)
            .OrderBy(i => i.Email)
            .Select(i => new { i.Email, i.Name, i.ExpiresAt })
            .ToListAsync(cancellationToken);
        var everyone = people.Everyone().ToList();
        return new CohortManagement(people.CohortSlug, people.CohortName, people.CourseSlug, people.StartsOn,
            everyone.Where(p => p.Role == CohortRole.Learner).ToList(), everyone.Where(p => p.Role == CohortRole.Instructor).ToList(),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(),
            await CohortDashboards.BuildAsync(people, mediator, now, cancellationToken));
    }
}

internal sealed class EnrolFromCsvHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, IEmailOutbox email, PublicSite site, TimeProvider clock)
    : IRequestHandler<EnrolFromCsv, EnrolmentReport>
{
    public async Task<EnrolmentReport> Handle(EnrolFromCsv request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        List<(int Line, List<string> Fields)> rows;
        try
        {
            rows = CsvRows.Read(request.Csv ?? string.Empty);
        }
        catch (CsvFormatException exception)
        {
            throw new RuleViolation($"The file was not read: {exception.Message} Nothing was changed.", nameof(EnrolFromCsv.Csv));
        }

        // A first row naming the columns says which is which; otherwise e-mail comes first, then the name.
        var (emailColumn, nameColumn) = (0, 1);
        var header = rows.FirstOrDefault().Fields;
        if (header is not null && header.Any(field => field.Trim().Equals("email", StringComparison.OrdinalIgnoreCase) || field.Trim().Equals("e-mail", StringComparison.OrdinalIgnoreCase)))
        {
            emailColumn = header.FindIndex(field => field.Trim().Replace("-", string.Empty).Equals("email", StringComparison.OrdinalIgnoreCase));
            nameColumn = header.FindIndex(field => field.Trim().Equals("name", StringComparison.OrdinalIgnoreCase));
            rows = rows.Skip(1).ToList();
        }

        if (rows.Count == 0 || rows.Count > CohortRules.MaximumCsvRows || emailColumn < 0)
        {
            throw new RuleViolation(rows.Count == 0
                ? "The file has no rows: one person a line, e-mail then name."
                : emailColumn < 0 ? "The first row names the columns but none is called email." : $"At most {CohortRules.MaximumCsvRows} people at a time.", nameof(EnrolFromCsv.Csv));
        }

        var parsed = rows.Select(row => (row.Line,
                Email: (emailColumn < row.Fields.Count ? row.Fields[emailColumn] : string.Empty).Trim(),
                Name: (nameColumn >= 0 && nameColumn < row.Fields.Count ? row.Fields[nameColumn] : string.Empty).Trim()))
            .ToList();
        var valid = parsed.Where(row => CohortRules.IsEmail(row.Email)).Select(row => row.Email.ToLowerInvariant()).Distinct().ToList();
        var accounts = (await mediator.Send(new FindAccounts(valid), cancellationToken)).ToDictionary(a => a.Email.ToLowerInvariant());
        var invitations = await data.Invitations.Where(i => i.CohortId == cohort.Id && valid.Contains(i.Email)).ToDictionaryAsync(i => i.Email, cancellationToken);
        var now = clock.GetUtcNow();
        var seen = new Dictionary<string, int>();
        var report = new List<EnrolmentRow>();
        var toSend = new List<(string Email, string Name, string Token)>();
        var enrolled = new List<string>();
        foreach (var (line, rawEmail, name) in parsed)
        {
            var address = rawEmail.ToLowerInvariant();
            EnrolmentRow Row(EnrolmentOutcome outcome, string? reason = null) => new(line, rawEmail, name, outcome, reason);
            if (!CohortRules.IsEmail(rawEmail))
            {
                report.Add(Row(EnrolmentOutcome.Rejected, rawEmail.Length == 0 ? "No e-mail address." : "Not an e-mail address."));
                continue;
            }

            if (seen.TryGetValue(address, out var earlier))
            {
                report.Add(Row(EnrolmentOutcome.Rejected, $"The same address is on line {earlier}."));
                continue;
            }

            seen[address] = line;
            if (accounts.TryGetValue(address, out var account))
            {
                if (cohort.Members.Any(m => m.UserId == account.UserId))
                {
                    report.Add(Row(EnrolmentOutcome.AlreadyMember));
                    continue;
                }

                cohort.Enrol(account.UserId, account.DisplayName, CohortRole.Learner, now);
                enrolled.Add(account.UserId);
                report.Add(Row(EnrolmentOutcome.Enrolled));
                continue;
            }

            if (name.Length is 0 or > 100)
            {
                report.Add(Row(EnrolmentOutcome.Rejected, name.Length == 0 ? "No name: an invitation needs one." : "The name is longer than 100 characters."));
                continue;
            }

            if (invitations.TryGetValue(address, out var invitation))
            {
                if (invitation.AcceptedAt is not null || invitation.IsOpen(now))
                {
                    report.Add(Row(EnrolmentOutcome.AlreadyInvited));
                    continue;
                }

                data.Invitations.Remove(invitation); // expired: a new one replaces it
            }

            var token = CohortInvitation.NewToken();
            data.Invitations.Add(new CohortInvitation(cohort.Id, address, name, CohortInvitation.Hash(token), now));
            toSend.Add((address, name, token));
            report.Add(Row(EnrolmentOutcome.Invited));
        }

        await data.SaveChangesAsync(cancellationToken);
        foreach (var (address, name, token) in toSend)
        {
            await email.SendAsync(address, $"You are invited to {cohort.Name} on Academy",
                $"Dear {name},\n\nyou are invited to join {cohort.Name}, starting {cohort.StartsOn:d MMMM yyyy}.\n\n" +
                $"Accept the invitation here (the link works once, for {CohortInvitation.ValidFor.Days} days):\n{site.Link($"/invitations/{token}")}\n\n" +
                "If you did not expect this, ignore this message.\n");
        }

        if (enrolled.Count > 0)
        {
            await mediator.Publish(new MembersNotified(enrolled, currentUser.UserId, currentUser.DisplayName ?? "Your instructor",
                $"You were enrolled in {cohort.Name}", $"/cohorts/{cohort.Slug}"), cancellationToken);
        }

        return new EnrolmentReport(report);
    }
}

internal sealed class AddCohortInstructorHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddCohortInstructor, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AddCohortInstructor request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var account = (await mediator.Send(new FindAccounts([request.Email.Trim()]), cancellationToken)).FirstOrDefault()
            ?? throw new RuleViolation("No account has this e-mail address; ask them to create one first.", nameof(AddCohortInstructor.Email));
        cohort.Enrol(account.UserId, account.DisplayName, CohortRole.Instructor, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class GetInvitationHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<GetInvitation, InvitationView>
{
    public async Task<InvitationView> Handle(GetInvitation request, CancellationToken cancellationToken)
    {
        var hash = CohortInvitation.Hash(request.Token ?? string.Empty);
        var found = await (
                from invitation in data.Invitations
                where invitation.TokenHash == hash
                join cohort in data.Cohorts on invitation.CohortId equals cohort.Id
                select new { cohort.Slug, cohort.Name, invitation.Email, Invited = invitation.Name, invitation.AcceptedAt, invitation.AcceptedBy, invitation.ExpiresAt })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No invitation with this link.");
        var state = found.AcceptedAt is not null ? InvitationState.Used : found.ExpiresAt <= clock.GetUtcNow() ? InvitationState.Expired : InvitationState.Open;
        return new InvitationView(found.Slug, found.Name, found.Email, found.Invited, state,
            currentUser.IsAuthenticated && found.AcceptedBy == currentUser.UserId);
    }
}

internal sealed class AcceptInvitationHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<AcceptInvitation, string>
{
    public async Task<string> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var hash = CohortInvitation.Hash(request.Token ?? string.Empty);
        var now = clock.GetUtcNow();
        var invitation = await data.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("No invitation with this link.");
        var cohort = await data.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == invitation.CohortId, cancellationToken);
        if (invitation.AcceptedBy == currentUser.UserId)
        {
            return cohort.Slug; // accepted already, by this person: a second click
        }

        if (!invitation.IsOpen(now))
        {
            throw new RuleViolation(invitation.AcceptedAt is null ? "This invitation has expired; ask your instructor for a new one." : "This invitation has been used.", nameof(AcceptInvitation.Token));
        }

        invitation.Accept(currentUser.UserId, now);
        if (cohort.Members.All(m => m.UserId != currentUser.UserId))
        {
            cohort.Enrol(currentUser.UserId, currentUser.DisplayName ?? invitation.Name, CohortRole.Learner, now);
        }

        await data.SaveChangesAsync(cancellationToken);
        return cohort.Slug;
    }
}
