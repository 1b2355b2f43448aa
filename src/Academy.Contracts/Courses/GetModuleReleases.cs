using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// The day each module of a course opens for a cohort (the cohort's own date where its instructors moved it).
/// Asked by the Discussions module, which keeps a module's space closed to learners until that day; answered by
/// the Courses module.
/// </summary>
/// <param name="CohortTimeZone">The cohort's IANA zone: a module opens when its day begins there.</param>
public sealed record GetModuleReleases(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn, string CohortTimeZone) : IRequest<ModuleReleases>;

/// <param name="OpensOn">Module slug to the day it opens.</param>
/// <param name="Today">Today in the cohort's zone, as releases count it.</param>
/// <param name="CourseLanguage">
/// The language of the course's content: the <c>lang</c> of what the Discussions module shows of it (module titles, the prompts'
/// threads). It comes with the release days because every discussion page asks for those, and both are remembered together.
/// </param>
public sealed record ModuleReleases(IReadOnlyDictionary<string, DateOnly> OpensOn, DateOnly Today, string CourseLanguage)
{
    /// <summary>The day a module opens if that is still ahead; null once it is open (or for no module at all).</summary>
    public DateOnly? OpensLater(string? moduleSlug) =>
        moduleSlug is not null && OpensOn.TryGetValue(moduleSlug, out var on) && on > Today ? on : null;

    /// <summary>The modules not open yet.</summary>
    public IReadOnlyList<string> Closed => OpensOn.Where(module => module.Value > Today).Select(module => module.Key).ToList();
}
