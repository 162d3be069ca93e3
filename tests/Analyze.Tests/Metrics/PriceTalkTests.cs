using CallCoach.Core.Analysis;
using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class PriceTalkTests
{
    [Fact]
    public void PriceRaisedByTheCustomerGoesBackAndForthByTurns()
    {
        var metrics = Measure.Call(120,
            [
                Customer(0, 5, "Is this going to be expensive?"),
                Rep(5, 10, "Our price is fair."),
                Rep(10, 15, "And there is a discount for two years."),
                Unknown(15, 18, "What was the price again?"),
                Customer(18, 25, "Still more than we pay today."),
                Rep(25, 30, "Let me walk you through the ROI."),
            ],
            hits: [new("price", "price", 1, 5), new("discount", "discount", 2, 10), new("price", "price", 3, 15), new("ROI", "return on investment", 5, 25)],
            objections: [new(ObjectionTypes.Price, 0, "Is this going to be expensive?", 0.7), new(ObjectionTypes.Price, 4, "Still more than we pay today.", 0.8)]);

        // Price segments 0 (C), 1 and 2 (R R: one turn), 3 (unknown: no turn), 4 (C): C | R | C = 3 exchanges.
        Assert.Equal(0, metrics.Price.FirstMentionSeconds);
        Assert.Equal("customer", metrics.Price.RaisedBy);
        Assert.Equal(3, metrics.Price.Exchanges);
        Assert.Equal([0, 1, 2, 3, 4], metrics.Price.SegmentIndexes);
    }

    [Fact]
    public void SegmentWithSeveralPriceSignalsIsListedOnce()
    {
        var metrics = Measure.Call(60,
            [Rep(0, 5, "Hello."), Customer(5, 10, "Your price and discount are worse than theirs.")],
            hits: [new("price", "price", 1, 5), new("discount", "discount", 1, 5)],
            objections: [new(ObjectionTypes.Price, 1, "Your price and discount are worse than theirs.", 0.9)]);

        Assert.Equal(new PriceNegotiation(5, "customer", 1, metrics.Price.SegmentIndexes), metrics.Price);
        Assert.Equal([1], metrics.Price.SegmentIndexes);
    }

    [Fact]
    public void PriceFirstHeardFromAnUnknownSpeakerIsRaisedByUnknown()
    {
        var metrics = Measure.Call(60, [Unknown(3, 8, "what is the price")], hits: [new("price", "price", 0, 3)]);

        // Nobody whose turn it was: no exchanges, but the first mention is still when it was.
        Assert.Equal(new PriceNegotiation(3, "unknown", 0, metrics.Price.SegmentIndexes), metrics.Price);
    }

    [Fact]
    public void OtherKeywordsAndOtherObjectionsAreNotPriceTalk()
    {
        var metrics = Measure.Call(60,
            [Rep(0, 5, "Shall we start a pilot?"), Customer(5, 10, "We have no budget this year.")],
            hits: [new("pilot", "pilot", 0, 0), new("budget", "budget", 1, 5)],
            objections: [new(ObjectionTypes.Budget, 1, "We have no budget this year.", 0.9)]);

        Assert.Equal(new PriceNegotiation(null, null, 0, metrics.Price.SegmentIndexes), metrics.Price);
        Assert.Empty(metrics.Price.SegmentIndexes);
    }
}
