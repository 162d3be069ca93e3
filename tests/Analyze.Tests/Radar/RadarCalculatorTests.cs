using CallCoach.Analyze.Radar;
using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Tests.Radar;

public sealed class RadarCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly RadarCalculator calculator = new(new RadarOptions { WindowDays = 30, MinimumCalls = 3, EvidenceCalls = 2 });

    /// <summary>One call of a rep, <paramref name="daysAgo"/> before now, with the same score on every axis except objection handling (not scored).</summary>
    private static List<CallAxisRow> Call(string rep, double daysAgo, double score)
    {
        var id = Guid.NewGuid();
        return [.. RadarAxes.All.Select(axis => new CallAxisRow(
            id, rep, rep.ToUpperInvariant(), Now.AddDays(-daysAgo), axis, axis == RadarAxes.ObjectionHandling ? null : score))];
    }

    private static List<CallAxisRow> Team() =>
    [
        .. Call("ann", 1, 40), .. Call("ann", 2, 60), .. Call("ann", 3, 80),    // mean 60
        .. Call("ann", 35, 50), .. Call("ann", 36, 50), .. Call("ann", 37, 50), // previous window: 50
        .. Call("bob", 1, 90), .. Call("bob", 2, 90), .. Call("bob", 3, 90),    // 90
        .. Call("cy", 1, 30), .. Call("cy", 2, 30), .. Call("cy", 3, 30),       // 30
        .. Call("dee", 1, 100), .. Call("dee", 2, 100),                          // two calls: not enough data
        .. Call("ann", 61, 0),                                                   // outside both windows
    ];

    [Fact]
    public void ARepsScoreIsTheMeanOfTheirCallScoresInTheWindowWithTrendMedianAndPercentile()
    {
        var radar = calculator.ForRep("ann", "east", Team(), Now);
        var discovery = radar.Axes.Single(a => a.Axis == RadarAxes.NeedsDiscovery);

        Assert.Equal(3, radar.Calls);
        Assert.Equal("ANN", radar.RepName);
        Assert.Equal((60, RadarStatus.Scored, 3), (discovery.Score, discovery.Status, discovery.ScoredCalls));
        Assert.Equal((50, 10), (discovery.PreviousScore, discovery.Trend));
        // Team scores 60, 90, 30 (dee has too few calls): median 60; ann is at or above 2 of 3 → 67.
        Assert.Equal(60, discovery.TeamMedian);
        Assert.Equal(67, discovery.Percentile);
    }

    [Fact]
    public void TooFewCallsGiveNotEnoughDataInsteadOfAScore()
    {
        var dee = calculator.ForRep("dee", "east", Team(), Now);

        Assert.All(dee.Axes, axis =>
        {
            Assert.Null(axis.Score);
            Assert.Equal(RadarStatus.NotEnoughData, axis.Status);
            Assert.Null(axis.Percentile);
            Assert.Empty(axis.Evidence.Raised);
        });
        Assert.Equal(2, dee.Axes[0].ScoredCalls);
    }

    [Fact]
    public void AnAxisNoCallScoredHasNotEnoughDataWhileTheOthersScore()
    {
        var handling = calculator.ForRep("bob", "east", Team(), Now).Axes.Single(a => a.Axis == RadarAxes.ObjectionHandling);

        Assert.Equal((null, RadarStatus.NotEnoughData, 0), (handling.Score, handling.Status, handling.ScoredCalls));
    }

    [Fact]
    public void EvidenceNamesTheCallsThatRaisedAndLoweredTheScore()
    {
        var rows = Team();
        var discovery = calculator.ForRep("ann", "east", rows, Now).Axes.Single(a => a.Axis == RadarAxes.NeedsDiscovery);

        Assert.Equal([80.0, 60.0], discovery.Evidence.Raised.Select(c => c.Score));
        Assert.Equal([40.0], discovery.Evidence.Lowered.Select(c => c.Score));
        var lowest = rows.Single(r => r.RepId == "ann" && r.Axis == RadarAxes.NeedsDiscovery && r.Score == 40);
        Assert.Equal(lowest.CallId, discovery.Evidence.Lowered[0].CallId);
    }

    [Fact]
    public void TheTeamRadarListsEveryRepWithTheirScoresAndTheMedian()
    {
        var team = calculator.ForTeam("east", Team(), Now);

        Assert.Equal(["ann", "bob", "cy", "dee"], team.Reps.Select(r => r.RepId));
        Assert.Equal([60, 90, 30, null], team.Reps.Select(r => r.Scores[RadarAxes.Closing]));
        Assert.Equal(60, team.Median[RadarAxes.Closing]);
        Assert.Null(team.Median[RadarAxes.ObjectionHandling]);
        Assert.Equal(2, team.Reps.Single(r => r.RepId == "dee").Calls);
    }
}
