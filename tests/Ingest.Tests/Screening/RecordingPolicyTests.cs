using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using CallCoach.Core.Calls;
using CallCoach.Core.Screening;
using CallCoach.Ingest.Screening;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Screening;

public sealed class RecordingPolicyTests
{
    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static RecordingPolicy Policy(string mode, double fraction = 0.25) =>
        new(Options.Create(new RecordingPolicyOptions { Mode = mode, SampleFraction = fraction }));

    private static CallMetadata Customer(CustomerTier? tier, int? interaction) => new() { RepId = "ann", CustomerTier = tier, InteractionNumber = interaction };

    [Theory]
    [InlineData("all")]
    [InlineData("sample")]
    [InlineData("metadata-only")]
    public void ATierACustomerFromTheThirdInteractionOnIsAnalyzedUnderEveryPolicy(string mode)
    {
        // Fraction 0: a sample that takes no other call at all.
        var policy = Policy(mode, fraction: 0);

        foreach (var interaction in new[] { 3, 4, 12 })
        {
            var (decision, reason) = policy.Decide(HashOf($"call {interaction}"), Customer(CustomerTier.A, interaction));

            Assert.Equal(RecordingDecision.Analyze, decision);
            Assert.Equal($"high-value customer (tier A, interaction {interaction} >= 3): always analyzed", reason);
        }
    }

    [Theory]
    [InlineData(CustomerTier.A, 2)]
    [InlineData(CustomerTier.A, null)]
    [InlineData(CustomerTier.B, 5)]
    [InlineData(CustomerTier.C, 3)]
    [InlineData(null, 7)]
    public void OtherCallsFollowTheConfiguredPolicy(CustomerTier? tier, int? interaction)
    {
        var metadata = Customer(tier, interaction);
        var hash = HashOf("an ordinary call");

        Assert.Equal((RecordingDecision.Analyze, "policy all: every call is analyzed"), Policy("all").Decide(hash, metadata));
        Assert.Equal(
            (RecordingDecision.MetadataOnly, "policy metadata-only: stored with its metadata, the recording set aside unanalyzed"),
            Policy("metadata-only").Decide(hash, metadata));
        Assert.Equal(RecordingDecision.MetadataOnly, Policy("sample", fraction: 0).Decide(hash, metadata).Decision);
        Assert.Equal(RecordingDecision.Analyze, Policy("sample", fraction: 1).Decide(hash, metadata).Decision);
    }

    [Fact]
    public void SamplingDecidesByContentSoARedeliveryIsDecidedTheSameWayWhateverItsMetadata()
    {
        var policy = Policy("sample", fraction: 0.5);
        for (var i = 0; i < 200; i++)
        {
            var hash = HashOf($"recording {i}");
            var first = policy.Decide(hash, Customer(CustomerTier.B, 1));
            var again = policy.Decide(hash, new CallMetadata { RepId = "someone else", CustomerTier = CustomerTier.C, InteractionNumber = 2 });

            Assert.Equal(first, again);
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    public void SamplingTakesCloseToTheConfiguredFractionOfManyCalls(double fraction)
    {
        var policy = Policy("sample", fraction);
        const int calls = 20_000;

        var sampled = Enumerable.Range(0, calls)
            .Count(i => policy.Decide(HashOf($"recording {i}"), Customer(CustomerTier.B, 1)).Decision == RecordingDecision.Analyze);

        // Binomial standard deviation at 20,000 calls is at most 0.0036; 0.015 is over four of them.
        Assert.InRange(sampled / (double)calls, fraction - 0.015, fraction + 0.015);
    }

    [Fact]
    public void ASampledCallSaysWhereItsContentFellAgainstTheFraction()
    {
        var policy = Policy("sample", fraction: 0.25);
        var hashes = Enumerable.Range(0, 50).Select(i => HashOf($"recording {i}")).ToList();
        var inside = hashes.First(h => RecordingPolicy.SamplePosition(h) < 0.25);
        var outside = hashes.First(h => RecordingPolicy.SamplePosition(h) >= 0.25);

        Assert.StartsWith("policy sample 0.25: in the sample (content hash at 0.", policy.Decide(inside, CallMetadata.None).Reason, StringComparison.Ordinal);
        var (decision, reason) = policy.Decide(outside, CallMetadata.None);
        Assert.Equal(RecordingDecision.MetadataOnly, decision);
        Assert.Contains("not in the sample", reason, StringComparison.Ordinal);
        Assert.Contains("set aside unanalyzed", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("everything", 0.1, "Mode 'everything' is not a recording policy; use all, sample or metadata-only")]
    [InlineData("metadata_only", 0.1, "Mode 'metadata_only' is not a recording policy")]
    [InlineData("sample", 1.5, "SampleFraction must be between 0 and 1")]
    [InlineData("sample", -0.1, "SampleFraction must be between 0 and 1")]
    public void AnUnknownModeOrAFractionOutsideZeroToOneIsRefusedWithTheReason(string mode, double fraction, string message)
    {
        var options = new RecordingPolicyOptions { Mode = mode, SampleFraction = fraction };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ALL", RecordingPolicyMode.All)]
    [InlineData("Metadata-Only", RecordingPolicyMode.MetadataOnly)]
    [InlineData("sample", RecordingPolicyMode.Sample)]
    public void ModesAreReadWithoutRegardToCase(string mode, RecordingPolicyMode expected)
    {
        var options = new RecordingPolicyOptions { Mode = mode };

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
        Assert.Equal(expected, options.ParsedMode());
    }
}
