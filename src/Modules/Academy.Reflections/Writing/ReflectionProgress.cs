namespace Academy.Reflections.Writing;

/// <summary>Where a learner stands with one assignment.</summary>
public enum ReflectionProgress
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Completed,
}
