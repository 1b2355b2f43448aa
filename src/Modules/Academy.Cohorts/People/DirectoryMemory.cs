using Academy.Cohorts.Data;
using Academy.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Cohorts.People;

/// <summary>
/// What the directory would otherwise work out over the whole cohort on every visit, kept in memory: a cohort's filter
/// choices and how many are in it (and how many learners, for its home and the pages instructors open), a viewer's
/// people to meet, and who the viewer and each member both know. The first three are read over every member, so the
/// query grows with the cohort while its answer is a few dozen words or a number; the last was joined to every page of
/// cards. All change only when someone joins or leaves a cohort, edits their profile, or connects with someone. Each of
/// those writes calls <see cref="Forget"/> after it is saved, which empties this memory on every instance (a cluster
/// event, as for the unread counts), and everything goes after <see cref="Lifetime"/> and when such events may have been
/// lost. One event for all of it: these writes are rare beside the visits they save.
/// </summary>
internal sealed class DirectoryMemory(IMemoryCache cache, IClusterEvents cluster) : ClusterForgottenMemory(cache, cluster, Lifetime, PeopleChanged)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IClusterEvents cluster = cluster;

    /// <summary>The cluster event of someone joining or leaving a cohort, editing their profile or being renamed, or connecting.</summary>
    internal const string PeopleChanged = "cohorts.people-changed";

    /// <summary>By the cohort's address, which the page knows before it reads anything.</summary>
    public CohortChoices? ChoicesOf(string cohortSlug) => Find<CohortChoices>((nameof(ChoicesOf), cohortSlug));

    public void KeepChoices(string cohortSlug, CohortChoices choices, CancellationToken generationRead) =>
        Keep((nameof(ChoicesOf), cohortSlug), choices, generationRead);

    /// <summary>How many learners the cohort at this address has, as its home and the pages instructors open show it.</summary>
    public int? LearnersIn(string cohortSlug) => Find<LearnerCount>((nameof(LearnersIn), cohortSlug))?.Learners;

    public void KeepLearners(string cohortSlug, int learners, CancellationToken generationRead) =>
        Keep((nameof(LearnersIn), cohortSlug), new LearnerCount(learners), generationRead);

    /// <summary>The people to meet as the database ranked them for this viewer, in the collation of this language (their order and first names).</summary>
    public IReadOnlyList<SuggestedMember>? SuggestionsFor(Guid cohortId, string viewerId, string language) =>
        Find<IReadOnlyList<SuggestedMember>>((nameof(SuggestionsFor), cohortId, viewerId, language));

    public void KeepSuggestions(Guid cohortId, string viewerId, string language, IReadOnlyList<SuggestedMember> suggestions, CancellationToken generationRead) =>
        Keep((nameof(SuggestionsFor), cohortId, viewerId, language), suggestions, generationRead);

    /// <summary>Everyone the viewer and each member of the cohort both know (<see cref="PeopleBothKnow"/>), in any language.</summary>
    public PeopleBothKnow? BothKnowFor(Guid cohortId, string viewerId) => Find<PeopleBothKnow>((nameof(BothKnowFor), cohortId, viewerId));

    /// <summary>Who the viewer and each member both know, kept, or else read (one command) and kept.</summary>
    public Task<PeopleBothKnow> BothKnowAsync(ICohortsData data, Guid cohortId, string viewerId, CancellationToken cancellationToken) =>
        FindOrReadAsync((nameof(BothKnowFor), cohortId, viewerId), (data, cohortId, viewerId),
            static (read, cancellation) => PeopleBothKnow.ReadAsync(read.data, read.cohortId, read.viewerId, cancellation), cancellationToken);

    /// <summary>Someone joined or left a cohort, edited their profile, or connected with someone: forgotten here at once, and on the other instances as the event arrives.</summary>
    public void Forget() => cluster.Publish(PeopleChanged, string.Empty);

    private sealed record LearnerCount(int Learners);
}

/// <summary>A cohort's filter choices (<see cref="DirectoryChoice.Ranked"/>) and how many members it has: both read over every member, and both changed only by someone joining, leaving or editing a profile.</summary>
internal sealed record CohortChoices(IReadOnlyList<DirectoryChoice> Choices, int MemberCount);
