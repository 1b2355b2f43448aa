using System.Globalization;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Shared.Email;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

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

internal sealed class EnrolFromCsvHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, IEmailOutbox email, TimeProvider clock,
    IStringLocalizer<CohortsText> t, Academy.Cohorts.People.DirectoryMemory memory)
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
            throw new RuleViolation(t["The file was not read: {0} Nothing was changed.", t[exception.Format, exception.Line].Value], nameof(EnrolFromCsv.Csv));
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
                ? t["The file has no rows: one person a line, e-mail then name."]
                : emailColumn < 0 ? t["The first row names the columns but none is called email."] : t["At most {0} people at a time.", CohortRules.MaximumCsvRows], nameof(EnrolFromCsv.Csv));
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
                report.Add(Row(EnrolmentOutcome.Rejected, rawEmail.Length == 0 ? t["No e-mail address."] : t["Not an e-mail address."]));
                continue;
            }

            if (seen.TryGetValue(address, out var earlier))
            {
                report.Add(Row(EnrolmentOutcome.Rejected, t["The same address is on line {0}.", earlier]));
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
                report.Add(Row(EnrolmentOutcome.Rejected, name.Length == 0 ? t["No name: an invitation needs one."] : t["The name is longer than 100 characters."]));
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

        // The invitations and their e-mails are saved together: an invitation is never stored without its e-mail, nor sent without being stored.
        foreach (var (address, name, token) in toSend)
        {
            // Someone without an account has no language of their own yet: the instructor's page's language is the best guess.
            email.Add(address, name, new EmailContent(t["You are invited to {0} on Academy", cohort.Name],
                [
                    t["You are invited to join {0}, starting {1}.", cohort.Name, cohort.StartsOn.ToString(t["d MMMM yyyy"], CultureInfo.CurrentCulture)],
                    t["The button below works once, for {0} days. If you did not expect this invitation, ignore this message.", CohortInvitation.ValidFor.Days],
                ],
                t["Accept the invitation"], $"/invitations/{token}"));
        }

        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();

        if (enrolled.Count > 0)
        {
            await mediator.Publish(new MembersNotified(enrolled, currentUser.UserId, currentUser.DisplayName ?? "Your instructor",
                new Words(typeof(CohortsText), "You were enrolled in {0}", cohort.Name), $"/cohorts/{cohort.Slug}", NotificationKind.Other, cohort.Slug), cancellationToken);
        }

        return new EnrolmentReport(report);
    }
}
