namespace CallCoach.Core.Analysis;

/// <summary>
/// Which script items the rep covered, each with the segments that show it. A call missing the success case or the
/// ROI logic is flagged, as the coaching method asks: those two are what a buyer needs to justify the spend.
/// </summary>
public sealed record ScriptCompliance(
    bool SuccessCase,
    bool RoiLogic,
    bool DiscoveryQuestion,
    bool BudgetQuestion,
    bool DecisionChain,
    bool NextStep,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Evidence)
{
    public bool Flagged => !SuccessCase || !RoiLogic;

    public IReadOnlyList<string> Missing => [.. Evidence.Where(item => item.Value.Count == 0).Select(item => item.Key)];
}
