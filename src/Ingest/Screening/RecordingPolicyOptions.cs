using System.ComponentModel.DataAnnotations;

namespace CallCoach.Ingest.Screening;

/// <summary>
/// Which calls are analyzed (section <c>Ingest:RecordingPolicy</c>). High-value customers' calls always are; this
/// decides for the others. See docs/decisions/021-recording-policy-and-anomaly-flags.md.
/// </summary>
public sealed class RecordingPolicyOptions : IValidatableObject
{
    public const string Section = "Ingest:RecordingPolicy";

    private static readonly Dictionary<string, RecordingPolicyMode> Modes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = RecordingPolicyMode.All,
        ["sample"] = RecordingPolicyMode.Sample,
        ["metadata-only"] = RecordingPolicyMode.MetadataOnly,
    };

    /// <summary><c>all</c>, <c>sample</c> or <c>metadata-only</c>.</summary>
    [Required]
    public string Mode { get; set; } = "all";

    /// <summary>With <c>sample</c>: the share of other calls analyzed, 0 to 1.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Ingest:RecordingPolicy:SampleFraction must be between 0 and 1.")]
    public double SampleFraction { get; set; } = 0.1;

    /// <summary>The mode <see cref="Mode"/> names; a method, as binding reads every property before validation runs.</summary>
    public RecordingPolicyMode ParsedMode() => Modes[Mode];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Modes.ContainsKey(Mode))
        {
            yield return new ValidationResult(
                $"Ingest:RecordingPolicy:Mode '{Mode}' is not a recording policy; use all, sample or metadata-only.", [nameof(Mode)]);
        }
    }
}
