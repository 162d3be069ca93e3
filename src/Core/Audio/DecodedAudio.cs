namespace CallCoach.Core.Audio;

/// <summary>
/// A recording after decoding: one 16-bit PCM buffer per channel at <see cref="SampleRate"/>.
/// <see cref="DurationSeconds"/> comes from the source's own frame count, so resampling cannot blur threshold edges.
/// </summary>
public sealed record DecodedAudio(int SampleRate, IReadOnlyList<short[]> Channels, double DurationSeconds)
{
    public const int RecognitionSampleRate = 16_000;
}
