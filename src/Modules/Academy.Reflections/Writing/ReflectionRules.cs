namespace Academy.Reflections.Writing;

internal static class ReflectionRules
{
    public const int MaximumLength = 50_000;
}
