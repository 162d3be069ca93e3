using System.ComponentModel.DataAnnotations;

namespace CallCoach.Transcribe.Diarization;

/// <summary>How mono calls are split into speakers. Defaults are tuned on the benchmark's tuning split only.</summary>
public sealed class DiarizationOptions : IValidatableObject
{
    public const string Section = "Transcribe:Diarization";

    /// <summary>
    /// Voice windows are taken from speech without a pause this long. Shorter than the recognizer's turn pause,
    /// because people answer each other faster than they pause inside a sentence, and a window or a same-voice
    /// comparison must not reach across to the other speaker.
    /// </summary>
    [Range(0.1, 2.0)]
    public double MinPauseSeconds { get; set; } = 0.3;

    /// <summary>Length of the stretch of speech each voice description covers.</summary>
    [Range(0.5, 4.0)]
    public double WindowSeconds { get; set; } = 1.0;

    /// <summary>Step between consecutive windows; half a window means every moment is seen twice.</summary>
    [Range(0.1, 2.0)]
    public double HopSeconds { get; set; } = 0.5;

    /// <summary>A speaker change inside a speech region must last this long to cut it; shorter flips are noise.</summary>
    [Range(0.0, 10.0)]
    public double MinTurnSeconds { get; set; } = 1.0;

    /// <summary>A second speaker must own at least this share of the call's speech windows to be believed.</summary>
    [Range(0.0, 0.5)]
    public double MinSpeakerShare { get; set; } = 0.1;

    /// <summary>
    /// How much farther apart (in mean squared distance) the two clusters' windows must lie than windows of the
    /// same speech region, to be two voices rather than one voice split by what it said. Measured on flite voices:
    /// one voice up to 1.19, two voices from 1.31.
    /// </summary>
    [Range(1.0, 10.0)]
    public double MinSeparation { get; set; } = 1.25;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HopSeconds > WindowSeconds)
        {
            yield return new ValidationResult(
                $"HopSeconds ({HopSeconds}) must not exceed WindowSeconds ({WindowSeconds}): speech between windows would be ignored.",
                [nameof(HopSeconds), nameof(WindowSeconds)]);
        }
    }
}
