using Academy.Contracts.Courses;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;

namespace Academy.ComponentTests.Reflections;

/// <summary>The assignments and views the Reflections components are given, as their handlers answer them.</summary>
internal static class Examples
{
    public static readonly AssignmentCriterion Insight = new("Insight", "What the learner saw in their own practice.",
    [
        new AssignmentLevel("Beginning", "Describes events.", 1),
        new AssignmentLevel("Developing", "Names a pattern.", 2),
        new AssignmentLevel("Accomplished", "Draws a lesson and acts on it.", 4),
    ]);

    public static readonly AssignmentCriterion Evidence = new("Evidence", "Examples from work.",
    [
        new AssignmentLevel("Thin", "One example.", 1),
        new AssignmentLevel("Rich", "Several examples.", 3),
    ]);

    public static ReflectionAssignment Assignment(int module = 2, string slug = "m2-reflection", DateOnly? dueOn = null, DateOnly? cutOffOn = null) =>
        new(module, $"module-{module}", $"Module {module}", slug, $"Reflection {module}", "What did you change in your practice?",
            [Insight, Evidence], new DateOnly(2026, 5, 4), dueOn ?? new DateOnly(2026, 5, 14), IsOpen: true, cutOffOn, "en");

    public static ReflectionView View(string draft = "", int draftVersion = 0, DateTimeOffset? draftSavedAt = null, bool closed = false,
        ReflectionAudience audience = ReflectionAudience.Private) =>
        new("mba-2026", "MBA 2026", Assignment(), IsLearner: true, draft.Length == 0 ? ReflectionProgress.NotStarted : ReflectionProgress.Draft,
            draft, draftSavedAt, SubmittedHtml: string.Empty, SubmittedAt: null, IsLate: false, Review: null, Versions: [], audience, draftVersion,
            new Deadline(new DateOnly(2026, 5, 14), closed ? new DateOnly(2026, 5, 21) : null), closed, new ExtensionState(null, null, null), "Europe/Helsinki");
}
