using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Which rep acts answer which objection: value for price, the money question for budget, a concrete step for
/// timing, the decision chain for authority, and so on (docs/radar.md explains each).
/// </summary>
public static class FittingResponses
{
    private static readonly Dictionary<string, string[]> Fitting = new()
    {
        [ObjectionTypes.Price] = [RepActs.Roi, RepActs.SuccessCase],
        [ObjectionTypes.Budget] = [RepActs.BudgetQuestion, RepActs.Roi],
        [ObjectionTypes.Timing] = [RepActs.NextStep, RepActs.DiscoveryQuestion],
        [ObjectionTypes.Authority] = [RepActs.DecisionQuestion, RepActs.NextStep],
        [ObjectionTypes.Need] = [RepActs.DiscoveryQuestion, RepActs.SuccessCase, RepActs.Roi],
        [ObjectionTypes.Competitor] = [RepActs.SuccessCase, RepActs.Roi, RepActs.DiscoveryQuestion],
        [ObjectionTypes.Trust] = [RepActs.SuccessCase],
        [ObjectionTypes.Terms] = [RepActs.NextStep, RepActs.DecisionQuestion],
    };

    public static IReadOnlyList<string> For(string objection) => Fitting.GetValueOrDefault(objection, []);
}
