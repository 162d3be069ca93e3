using CallCoach.Analyze.Compliance;
using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Tests.Compliance;

public sealed class ScriptComplianceCheckerTests
{
    private static readonly string[] AllItems = ["successCase", "roiLogic", "discoveryQuestion", "budgetQuestion", "decisionChain", "nextStep"];

    private static ActFinding Act(string type, int segment) => new(type, segment, 0.9);

    [Fact]
    public void EachItemsEvidenceIsTheDistinctSortedSegmentsOfItsAct()
    {
        var compliance = ScriptComplianceChecker.Check(
        [
            Act(RepActs.NextStep, 9),
            Act(RepActs.DiscoveryQuestion, 4),
            Act(RepActs.DiscoveryQuestion, 0),
            Act(RepActs.DiscoveryQuestion, 4),
            Act(RepActs.SuccessCase, 6),
            Act(RepActs.Roi, 7),
            Act(RepActs.BudgetQuestion, 2),
            Act(RepActs.DecisionQuestion, 2),
        ]);

        Assert.Equal(AllItems, compliance.Evidence.Keys);
        Assert.Equal([6], compliance.Evidence["successCase"]);
        Assert.Equal([7], compliance.Evidence["roiLogic"]);
        Assert.Equal([0, 4], compliance.Evidence["discoveryQuestion"]);
        Assert.Equal([2], compliance.Evidence["budgetQuestion"]);
        Assert.Equal([2], compliance.Evidence["decisionChain"]);
        Assert.Equal([9], compliance.Evidence["nextStep"]);
        Assert.True(compliance.SuccessCase && compliance.RoiLogic && compliance.DiscoveryQuestion
            && compliance.BudgetQuestion && compliance.DecisionChain && compliance.NextStep);
        Assert.False(compliance.Flagged);
        Assert.Empty(compliance.Missing);
    }

    [Fact]
    public void CallWithoutASuccessCaseIsFlagged()
    {
        var compliance = ScriptComplianceChecker.Check([Act(RepActs.Roi, 3), Act(RepActs.NextStep, 5)]);

        Assert.False(compliance.SuccessCase);
        Assert.True(compliance.RoiLogic);
        Assert.True(compliance.Flagged);
        Assert.Equal(["successCase", "discoveryQuestion", "budgetQuestion", "decisionChain"], compliance.Missing);
    }

    [Fact]
    public void CallWithoutRoiLogicIsFlagged()
    {
        var compliance = ScriptComplianceChecker.Check([Act(RepActs.SuccessCase, 1)]);

        Assert.True(compliance.SuccessCase);
        Assert.False(compliance.RoiLogic);
        Assert.True(compliance.Flagged);
        Assert.Equal(["roiLogic", "discoveryQuestion", "budgetQuestion", "decisionChain", "nextStep"], compliance.Missing);
    }

    [Fact]
    public void SuccessCaseAndRoiAloneAreEnoughNotToBeFlaggedButTheRestIsStillListedMissing()
    {
        var compliance = ScriptComplianceChecker.Check([Act(RepActs.SuccessCase, 1), Act(RepActs.Roi, 2)]);

        Assert.False(compliance.Flagged);
        Assert.False(compliance.DiscoveryQuestion);
        Assert.Equal(["discoveryQuestion", "budgetQuestion", "decisionChain", "nextStep"], compliance.Missing);
    }

    [Fact]
    public void CallWithoutActsIsFlaggedAndMissesEveryItem()
    {
        var compliance = ScriptComplianceChecker.Check([]);

        Assert.True(compliance.Flagged);
        Assert.Equal(AllItems, compliance.Missing);
        Assert.All(compliance.Evidence.Values, Assert.Empty);
    }

    [Fact]
    public void OtherActsAreNoEvidenceOfAnyItem()
    {
        var compliance = ScriptComplianceChecker.Check([Act(RepActs.Other, 0), Act(RepActs.Other, 1)]);

        Assert.Equal(AllItems, compliance.Missing);
    }
}
