namespace CallCoach.Core.Analysis;

/// <summary>What Analyze concluded about a call, with the reasons behind the verdict.</summary>
public sealed record CallAnalysis(
    double DurationSeconds,
    bool Effective,
    IReadOnlyList<KeywordCount> Keywords,
    IReadOnlyList<KeywordHit> Hits,
    IReadOnlyList<string> Reasons);
