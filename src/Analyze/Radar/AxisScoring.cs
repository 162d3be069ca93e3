using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

internal static class AxisScoring
{
    /// <summary>An axis score is the sum of its items, so every point can be traced to one item and its segments.</summary>
    public static AxisScore Sum(string axis, IReadOnlyList<ScoreItem> items) =>
        new(axis, Math.Round(items.Sum(i => i.Points), 1), [.. items.Select(i => i with { Points = Math.Round(i.Points, 2), Max = Math.Round(i.Max, 2) })]);
}
