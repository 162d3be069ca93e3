using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Transcribe.Diarization;

namespace CallCoach.Transcribe.VoiceProfiles;

/// <summary>
/// What a rep's voice sounds like to the diarizer: the mean and variance of the voice-window features over an
/// enrollment recording. Kept as <c>&lt;Data:Root&gt;/voices/&lt;repId&gt;.json</c>.
/// </summary>
/// <param name="Features">Which feature recipe made <paramref name="Mean"/>; a profile from another recipe is not comparable.</param>
public sealed record VoiceProfile(
    string RepId,
    string Features,
    DateTimeOffset EnrolledAt,
    double SpeechSeconds,
    int Windows,
    double[] Mean,
    double[] Variance)
{
    /// <summary>Change whenever <see cref="VoiceWindows"/> or its analyzer computes features differently.</summary>
    public const string CurrentFeatures = "mfcc12-100to3800hz-mean-sd-v1";

    public FeatureMoments Moments => new(Mean, Variance);

    public bool IsComparable =>
        Features == CurrentFeatures && Mean.Length == VoiceWindow.FeatureCount && Variance.Length == VoiceWindow.FeatureCount;
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(VoiceProfile))]
public sealed partial class VoiceProfileJson : JsonSerializerContext;
