namespace CallCoach.Core.Analysis;

/// <summary>What Analyze concluded about a call, with the reasons behind the verdict and the segments behind each finding.</summary>
public sealed record CallAnalysis(
    double DurationSeconds,
    bool Effective,
    IReadOnlyList<KeywordCount> Keywords,
    IReadOnlyList<KeywordHit> Hits,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ObjectionFinding> Objections,
    IReadOnlyList<ActFinding> Acts,
    ScriptCompliance Compliance,
    ConversationMetrics Metrics,
    IReadOnlyList<AxisScore> AxisScores);
