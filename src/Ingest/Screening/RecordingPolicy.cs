using System.Buffers.Binary;
using System.Globalization;
using CallCoach.Core.Calls;
using CallCoach.Core.Screening;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Screening;

/// <summary>
/// Decides whether an arriving call is analyzed or stored with its metadata only. The coaching method keeps every
/// call of a high-value customer (tier A, from the third interaction on); the others follow the configured mode.
/// </summary>
public sealed class RecordingPolicy(IOptions<RecordingPolicyOptions> options)
{
    /// <summary>From this interaction on, a tier A customer's calls are always analyzed.</summary>
    public const int HighValueInteraction = 3;

    public (RecordingDecision Decision, string Reason) Decide(string contentHash, CallMetadata metadata)
    {
        if (metadata is { CustomerTier: CustomerTier.A, InteractionNumber: >= HighValueInteraction })
        {
            return (RecordingDecision.Analyze, string.Create(CultureInfo.InvariantCulture,
                $"high-value customer (tier A, interaction {metadata.InteractionNumber} >= {HighValueInteraction}): always analyzed"));
        }

        var policy = options.Value;
        switch (policy.ParsedMode())
        {
            case RecordingPolicyMode.MetadataOnly:
                return (RecordingDecision.MetadataOnly, "policy metadata-only: stored with its metadata, the recording set aside unanalyzed");
            case RecordingPolicyMode.Sample:
                var position = SamplePosition(contentHash);
                return position < policy.SampleFraction
                    ? (RecordingDecision.Analyze, string.Create(CultureInfo.InvariantCulture,
                        $"policy sample {policy.SampleFraction:0.###}: in the sample (content hash at {position:0.0000} < {policy.SampleFraction:0.###})"))
                    : (RecordingDecision.MetadataOnly, string.Create(CultureInfo.InvariantCulture,
                        $"policy sample {policy.SampleFraction:0.###}: not in the sample (content hash at {position:0.0000} >= {policy.SampleFraction:0.###}); stored with its metadata, the recording set aside unanalyzed"));
            default:
                return (RecordingDecision.Analyze, "policy all: every call is analyzed");
        }
    }

    /// <summary>
    /// Where the content falls in [0, 1): the first 53 bits of its SHA-256 (all a double holds exactly, so the
    /// position never rounds up to 1). The same recording always falls in the same place, so a re-delivery is
    /// decided the same way, and SHA-256 spreads calls evenly over the range.
    /// </summary>
    public static double SamplePosition(string contentHash) =>
        (BinaryPrimitives.ReadUInt64BigEndian(Convert.FromHexString(contentHash.AsSpan(0, 16))) >> 11) / 9007199254740992.0;
}
