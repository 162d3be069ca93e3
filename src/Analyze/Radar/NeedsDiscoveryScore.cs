using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Discovery questions (up to three count), a budget question (the coaching method's first concern: most lost deals
/// hid a budget constraint), a decision-chain question, and letting the customer talk (Gong's best: rep 43 %).
/// </summary>
internal static class NeedsDiscoveryScore
{
    public const double BestRepTalkRatio = 0.43;

    public static AxisScore Score(CallScoringInput call)
    {
        var discovery = call.SegmentsOf(RepActs.DiscoveryQuestion);
        var budget = call.SegmentsOf(RepActs.BudgetQuestion);
        var decision = call.SegmentsOf(RepActs.DecisionQuestion);
        var talk = call.Metrics.RepTalkRatio is { } ratio ? 20 * Math.Clamp(1 - Math.Abs(ratio - BestRepTalkRatio) / 0.30, 0, 1) : 0;
        return AxisScoring.Sum(RadarAxes.NeedsDiscovery,
        [
            new("discovery questions", 40 * Math.Min(discovery.Count, 3) / 3.0, 40, discovery),
            new("budget question", budget.Count > 0 ? 25 : 0, 25, budget),
            new("decision-chain question", decision.Count > 0 ? 15 : 0, 15, decision),
            new("customer talk share", talk, 20, []),
        ]);
    }
}
