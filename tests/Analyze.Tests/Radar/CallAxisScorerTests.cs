using CallCoach.Analyze.Radar;
using CallCoach.Core.Analysis;
using static CallCoach.Analyze.Tests.Radar.ScoredCall;

namespace CallCoach.Analyze.Tests.Radar;

public sealed class CallAxisScorerTests
{
    [Fact]
    public void NeedsDiscoveryCountsQuestionsTheBudgetQuestionAndTheCustomersShareOfTheTalk()
    {
        var call = Of(
            [Rep(0, 5), Customer(5, 20), Rep(20, 25), Customer(25, 40)],
            acts: [Act(RepActs.DiscoveryQuestion, 0), Act(RepActs.DiscoveryQuestion, 2), Act(RepActs.BudgetQuestion, 2)],
            repTalkRatio: 0.53);

        var score = CallAxisScorer.Score(call).Axis(RadarAxes.NeedsDiscovery);

        // 40 × 2/3 = 26.667 + budget 25 + decision 0 + talk 20 × (1 − 0.10 / 0.30) = 13.333 → 65.0
        Assert.Equal(65.0, score.Score);
        Assert.Equal([0, 2], score.Items.Single(i => i.Item == "discovery questions").Segments);
        Assert.Equal((0.0, 15.0), score.Items.Single(i => i.Item == "decision-chain question") is var d ? (d.Points, d.Max) : default);
    }

    [Fact]
    public void SolutionPresentationRewardsStoriesAndRoiAndCostsLongMonologues()
    {
        // The rep's segments 0 and 1 run together: one monologue from 0 to 105 s.
        var call = Of(
            [Rep(0, 60), Rep(61, 105), Customer(106, 110), Rep(111, 120)],
            acts: [Act(RepActs.SuccessCase, 1)]);

        var score = CallAxisScorer.Score(call).Axis(RadarAxes.SolutionPresentation);

        // success 35 + ROI 0 + monologue 30 × (150 − 105) / 90 = 15 → 50
        Assert.Equal(50.0, score.Score);
        Assert.Equal([0, 1], score.Items.Single(i => i.Item.StartsWith("longest monologue", StringComparison.Ordinal)).Segments);
    }

    [Fact]
    public void ObjectionHandlingCreditsAFittingAnswerAndAnObjectionThatDoesNotComeBackAndCostsASpeedUp()
    {
        var call = Of(
            [Customer(0, 5), Rep(5, 10), Customer(10, 15), Rep(15, 20), Customer(20, 25), Rep(25, 30), Customer(30, 35)],
            objections: [Objection(ObjectionTypes.Price, 0), Objection(ObjectionTypes.Budget, 2), Objection(ObjectionTypes.Budget, 6)],
            acts: [Act(RepActs.Roi, 1), Act(RepActs.SuccessCase, 3)],
            repWordsPerMinute: 150,
            afterObjections: 180);

        var outcomes = ObjectionOutcome.Of(call);
        var score = CallAxisScorer.Score(call).Axis(RadarAxes.ObjectionHandling);

        // Three objections, 0.85 / 3 of the points each. Price (0): answered by ROI (1) → 60 + not again 40.
        // Budget (2): a success case is no answer to budget, and budget comes back at 6 → 0 + 0.
        // Budget (6): no rep turn after it → 0; not raised again → 40.  (100 + 0 + 40) × 0.85 / 3 = 39.667
        // Pace: 180 / 150 = 1.2 → 15 × (1.35 − 1.2) / 0.25 = 9.  Total 48.667 → 48.7
        Assert.Equal(48.7, score.Score);
        Assert.Equal([true, false, false], outcomes.Select(o => o.Handled));
        Assert.Equal([6], outcomes[1].RaisedAgainIn);
        Assert.Equal([2, 6], score.Items.Single(i => i.Item == "budget objection not raised again" && i.Points == 0).Segments);
    }

    [Fact]
    public void AnAnswerAfterMoreThanTwoRepTurnsDoesNotCount()
    {
        var call = Of(
            [Customer(0, 5), Rep(5, 10), Customer(10, 12), Rep(12, 15), Customer(15, 17), Rep(17, 25)],
            objections: [Objection(ObjectionTypes.Price, 0)],
            acts: [Act(RepActs.Roi, 5)]);

        Assert.False(Assert.Single(ObjectionOutcome.Of(call)).Answered);
    }

    [Fact]
    public void ACallWithoutObjectionsHasNoObjectionHandlingScore()
    {
        var score = CallAxisScorer.Score(Of([Rep(0, 5), Customer(5, 10)])).Axis(RadarAxes.ObjectionHandling);

        Assert.Null(score.Score);
        Assert.Empty(score.Items);
    }

    [Fact]
    public void ClosingWantsANextStepWithADateThatTheCustomerDoesNotObjectTo()
    {
        var dated = Of(
            [Rep(0, 5, "Could we put a demo in for Tuesday at ten?"), Customer(5, 8, "Sure.")],
            acts: [Act(RepActs.NextStep, 0)]);
        var undatedThenObjection = Of(
            [Rep(0, 5, "Let's set up a follow-up call."), Customer(5, 8, "Honestly it's too expensive.")],
            objections: [Objection(ObjectionTypes.Price, 1)],
            acts: [Act(RepActs.NextStep, 0)]);
        var none = Of([Rep(0, 5, "Great talking to you."), Customer(5, 8, "You too.")]);

        Assert.Equal(100.0, CallAxisScorer.Score(dated).Axis(RadarAxes.Closing).Score);
        Assert.Equal(35.0, CallAxisScorer.Score(undatedThenObjection).Axis(RadarAxes.Closing).Score);
        Assert.Equal(0.0, CallAxisScorer.Score(none).Axis(RadarAxes.Closing).Score);
    }

    [Fact]
    public void EveryAxisScoreIsTheSumOfItsItems()
    {
        var call = Of(
            [Rep(0, 5), Customer(5, 10), Rep(10, 20), Customer(20, 30)],
            objections: [Objection(ObjectionTypes.Timing, 1)],
            acts: [Act(RepActs.DiscoveryQuestion, 0), Act(RepActs.NextStep, 2)],
            repTalkRatio: 0.6,
            afterObjections: 160);

        Assert.All(CallAxisScorer.Score(call), score =>
        {
            Assert.InRange(score.Score!.Value, 0, 100);
            Assert.Equal(score.Score.Value, Math.Round(score.Items.Sum(i => i.Points), 1), 1);
            Assert.Equal(100, score.Items.Sum(i => i.Max), 1);
        });
    }
}
