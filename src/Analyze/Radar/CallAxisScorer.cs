using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>Scores one call on the four capability axes; a rep's radar averages these over their effective calls.</summary>
public static class CallAxisScorer
{
    public static IReadOnlyList<AxisScore> Score(CallScoringInput call) =>
    [
        NeedsDiscoveryScore.Score(call),
        SolutionPresentationScore.Score(call),
        ObjectionHandlingScore.Score(call),
        ClosingScore.Score(call),
    ];
}
