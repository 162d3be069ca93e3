using CallCoach.Analyze.Reports;

namespace CallCoach.Analyze.Tests.Reports;

public sealed class CoachingEffectCalculatorTests
{
    private static readonly DateTimeOffset Pack = new(2026, 10, 5, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Pack.AddDays(40);

    private static DealOutcome Deal(string tier, bool won, int daysFromPack) => new($"c-{tier}-{daysFromPack}", tier, won, Pack.AddDays(daysFromPack));

    [Fact]
    public void ConversionIsComparedOnTheTiersClosedInBothWindows()
    {
        DealOutcome[] deals =
        [
            Deal("A", true, -20), Deal("A", false, -10), Deal("A", false, -5),   // before, tier A: 1 of 3
            Deal("A", true, 3), Deal("A", true, 12), Deal("A", false, 20),       // after, tier A: 2 of 3
            Deal("C", false, -3),                                               // tier C only before: not compared
            Deal("B", true, 25),                                                // tier B only after: not compared
            Deal("A", true, -45), Deal("A", false, 31),                         // outside both windows
        ];

        var effect = CoachingEffectCalculator.Measure(Guid.NewGuid(), "ann", "closing", Pack, deals, Later);

        Assert.Equal((1, 2, 0.3333), (effect.Before.Won, effect.Before.Lost, effect.Before.Rate));
        Assert.Equal((2, 1, 0.6667), (effect.After.Won, effect.After.Lost, effect.After.Rate));
        Assert.Equal(["A"], effect.After.Tiers);
        // 66.67 % − 33.33 % = 33.3 points
        Assert.Equal(33.3, effect.ImprovementPoints);
        Assert.Equal(EffectStatus.Improved, effect.Status);
    }

    [Fact]
    public void UnderFivePointsOfImprovementCallsForMethodologyIteration()
    {
        DealOutcome[] deals = [Deal("B", true, -10), Deal("B", false, -9), Deal("B", true, 10), Deal("B", false, 11)];

        var effect = CoachingEffectCalculator.Measure(Guid.NewGuid(), "ann", "closing", Pack, deals, Later);
        var axes = CoachingEffectCalculator.ByAxis([effect]);

        Assert.Equal((0.0, EffectStatus.MethodologyIterationNeeded), (effect.ImprovementPoints, effect.Status));
        Assert.True(Assert.Single(axes).MethodologyIterationNeeded);
    }

    [Fact]
    public void APackWhoseMonthAfterIsNotOverIsPendingAndOneWithoutDealsHasNotEnoughData()
    {
        DealOutcome[] deals = [Deal("A", true, -10), Deal("A", true, 5)];

        var pending = CoachingEffectCalculator.Measure(Guid.NewGuid(), "ann", "closing", Pack, deals, Pack.AddDays(10));
        var noDeals = CoachingEffectCalculator.Measure(Guid.NewGuid(), "ann", "closing", Pack, [], Later);

        Assert.Equal(EffectStatus.Pending, pending.Status);
        Assert.Equal(EffectStatus.NotEnoughData, noDeals.Status);
        Assert.Null(Assert.Single(CoachingEffectCalculator.ByAxis([noDeals])).MeanImprovementPoints);
        Assert.False(CoachingEffectCalculator.ByAxis([noDeals])[0].MethodologyIterationNeeded);
    }
}
