using System.ComponentModel.DataAnnotations;

namespace CallCoach.Transcribe.Segmentation;

public sealed class VoiceActivityOptions
{
    public const string Section = "Transcribe:VoiceActivity";

    /// <summary>How far above the channel's noise floor a 10 ms frame must be to count as speech.</summary>
    [Range(3.0, 40.0)]
    public double ThresholdDecibels { get; set; } = 12;

    /// <summary>A pause at least this long ends a turn.</summary>
    [Range(0.1, 5.0)]
    public double MinPauseSeconds { get; set; } = 0.5;

    /// <summary>Bursts shorter than this (clicks, breaths) are dropped.</summary>
    [Range(0.0, 2.0)]
    public double MinSpeechSeconds { get; set; } = 0.2;

    /// <summary>Longer turns are cut at their quietest frame; recognizers do better on short utterances.</summary>
    [Range(2.0, 120.0)]
    public double MaxUtteranceSeconds { get; set; } = 20;

    /// <summary>Kept on each side of a turn so word onsets and endings are not clipped.</summary>
    [Range(0.0, 1.0)]
    public double PaddingSeconds { get; set; } = 0.15;

    /// <summary>The same settings with another pause length, for callers that need finer or coarser stretches.</summary>
    public VoiceActivityOptions WithMinPause(double seconds) => new()
    {
        ThresholdDecibels = ThresholdDecibels,
        MinPauseSeconds = seconds,
        MinSpeechSeconds = MinSpeechSeconds,
        MaxUtteranceSeconds = MaxUtteranceSeconds,
        PaddingSeconds = PaddingSeconds,
    };
}
