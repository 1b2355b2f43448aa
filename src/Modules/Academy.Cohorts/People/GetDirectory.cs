using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.People;

/// <summary>The cohort's members, searchable by name and filtered by industry, interest and location, with the mutual connections each has with me.</summary>
public sealed record GetDirectory(string CohortSlug, string? Search = null, string? Industry = null, string? Interest = null, string? Location = null)
    : IRequest<CohortDirectory>;

public sealed record CohortDirectory(
    string CohortSlug, string CohortName, int MemberCount, IReadOnlyList<DirectoryEntry> People,
    IReadOnlyList<string> Industries, IReadOnlyList<string> Interests, IReadOnlyList<string> Locations, IReadOnlyList<PersonToMeet> PeopleToMeet);

public sealed record DirectoryEntry(Person Person, bool IsMe, bool IsConnected, IReadOnlyList<string> MutualNames, int MutualCount);

/// <summary>Someone worth meeting, and why, in words.</summary>
public sealed record PersonToMeet(Person Person, string Reason);

internal sealed class GetDirectoryHandler(ICohortsData data, ICurrentUser currentUser, IStringLocalizer<CohortsText> t) : IRequestHandler<GetDirectory, CohortDirectory>
{
    public async Task<CohortDirectory> Handle(GetDirectory request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var around = await ConnectionsAround.LoadAsync(data, people.ViewerId, cancellationToken);
        var everyone = people.Everyone().ToList();

        // Filters apply only to what the viewer can see, so a hidden field never gives a member away.
        var shown = everyone.Where(person =>
                (string.IsNullOrWhiteSpace(request.Search) || person.Name.Contains(request.Search.Trim(), StringComparison.CurrentCultureIgnoreCase)) &&
                (string.IsNullOrWhiteSpace(request.Industry) || string.Equals(person.Industry, request.Industry, StringComparison.OrdinalIgnoreCase)) &&
                (string.IsNullOrWhiteSpace(request.Location) || string.Equals(person.Location, request.Location, StringComparison.OrdinalIgnoreCase)) &&
                (string.IsNullOrWhiteSpace(request.Interest) || person.Interests.Concat(person.Expertise).Contains(request.Interest, StringComparer.OrdinalIgnoreCase)))
            .Select(person =>
            {
                var mutual = around.MutualWith(person.UserId);
                return new DirectoryEntry(person, person.UserId == people.ViewerId, around.AreConnected(people.ViewerId, person.UserId),
                    mutual.Where(people.Contains).Select(people.NameOf).Order(StringComparer.CurrentCultureIgnoreCase).ToList(), mutual.Count);
            })
            .ToList();

        static IReadOnlyList<string> Choices(IEnumerable<string?> values) =>
            values.OfType<string>().Where(value => value.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).ToList();

        return new CohortDirectory(people.CohortSlug, people.CohortName, everyone.Count, shown,
            Choices(everyone.Select(person => person.Industry)), Choices(everyone.SelectMany(person => person.Interests.Concat(person.Expertise))),
            Choices(everyone.Select(person => person.Location)),
            PeopleToMeet.Suggest(people, around, everyone, 5, t));
    }
}

/// <summary>
/// Suggestions ranked by what the course says makes an introduction work: people you both know first, then
/// shared interests (theirs, or their expertise matching your interests), then the same industry.
/// </summary>
internal static class PeopleToMeet
{
    public static IReadOnlyList<PersonToMeet> Suggest(CohortPeople people, ConnectionsAround around, IReadOnlyList<Person> everyone, int count, IStringLocalizer<CohortsText> t)
    {
        var me = everyone.FirstOrDefault(person => person.UserId == people.ViewerId);
        if (me is null)
        {
            return [];
        }

        var myInterests = new HashSet<string>(me.Interests.Concat(me.Expertise), StringComparer.OrdinalIgnoreCase);
        return everyone
            .Where(person => person.UserId != me.UserId && !around.AreConnected(me.UserId, person.UserId))
            .Select(person =>
            {
                var mutual = around.MutualWith(person.UserId).Where(people.Contains).Select(people.NameOf).ToList();
                var shared = person.Interests.Concat(person.Expertise).Where(myInterests.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var sameIndustry = me.Industry is not null && string.Equals(me.Industry, person.Industry, StringComparison.OrdinalIgnoreCase);
                var reasons = new List<string>();
                if (mutual.Count > 0)
                {
                    reasons.Add(mutual.Count == 1 ? t["reason: you both know {0}", mutual[0]] : t["reason: you both know {0} and {1} more", mutual[0], mutual.Count - 1]);
                }

                if (shared.Count > 0)
                {
                    reasons.Add(t["shares your interest in {0}", string.Join(", ", shared.Take(3))]);
                }

                if (sameIndustry)
                {
                    reasons.Add(t["also works in {0}", person.Industry!]);
                }

                return (Person: person, Score: (mutual.Count * 3) + (shared.Count * 2) + (sameIndustry ? 1 : 0), Reasons: reasons);
            })
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Person.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(count)
            .Select(candidate => new PersonToMeet(candidate.Person, Capitalise(string.Join("; ", candidate.Reasons))))
            .ToList();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
