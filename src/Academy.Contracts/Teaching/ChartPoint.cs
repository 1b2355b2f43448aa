namespace Academy.Contracts.Teaching;

/// <summary>A count for one step of a chart (a module, a week).</summary>
public sealed record ChartPoint(string Label, int Value);
