using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>One stored call score: the row the radar is aggregated from.</summary>
public sealed record CallAxisRow(Guid CallId, string RepId, string? RepName, DateTimeOffset When, string Axis, double? Score);

/// <summary>A rep's radar over a window, with trend, team comparison and the calls behind each axis.</summary>
public sealed record RepRadar(
    string RepId,
    string? RepName,
    string? TeamId,
    DateTimeOffset From,
    DateTimeOffset To,
    int Calls,
    IReadOnlyList<RadarAxis> Axes);

/// <summary>
/// One axis: the score (null with status "notEnoughData"), the calls behind it, the change against the previous
/// window, the team median and the rep's percentile in the team.
/// </summary>
public sealed record RadarAxis(
    string Axis,
    int? Score,
    string Status,
    int ScoredCalls,
    int? PreviousScore,
    int? Trend,
    double? TeamMedian,
    int? Percentile,
    AxisEvidence Evidence);

public sealed record AxisEvidence(IReadOnlyList<CallEvidence> Raised, IReadOnlyList<CallEvidence> Lowered);

/// <summary>A call behind an axis score, with the items and segments that made its call score.</summary>
public sealed record CallEvidence(Guid CallId, DateTimeOffset StartedAt, double Score, IReadOnlyList<ScoreItem> Items);

/// <summary>A team's reps × axes, with the team median per axis.</summary>
public sealed record TeamRadar(string TeamId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<TeamRadarRow> Reps, IReadOnlyDictionary<string, double?> Median);

public sealed record TeamRadarRow(string RepId, string? RepName, int Calls, IReadOnlyDictionary<string, int?> Scores);

public static class RadarStatus
{
    public const string Scored = "scored";
    public const string NotEnoughData = "notEnoughData";
}
