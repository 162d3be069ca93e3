using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Compliance;

/// <summary>Script items come straight from the rep's classified acts; each item's evidence is the segments of its act.</summary>
public static class ScriptComplianceChecker
{
    private static readonly (string Item, string Act)[] Items =
    [
        ("successCase", RepActs.SuccessCase),
        ("roiLogic", RepActs.Roi),
        ("discoveryQuestion", RepActs.DiscoveryQuestion),
        ("budgetQuestion", RepActs.BudgetQuestion),
        ("decisionChain", RepActs.DecisionQuestion),
        ("nextStep", RepActs.NextStep),
    ];

    public static ScriptCompliance Check(IReadOnlyList<ActFinding> acts)
    {
        var evidence = Items.ToDictionary(
            item => item.Item,
            item => (IReadOnlyList<int>)[.. acts.Where(a => a.Type == item.Act).Select(a => a.SegmentIndex).Distinct().Order()]);
        return new ScriptCompliance(
            evidence["successCase"].Count > 0,
            evidence["roiLogic"].Count > 0,
            evidence["discoveryQuestion"].Count > 0,
            evidence["budgetQuestion"].Count > 0,
            evidence["decisionChain"].Count > 0,
            evidence["nextStep"].Count > 0,
            evidence);
    }
}
