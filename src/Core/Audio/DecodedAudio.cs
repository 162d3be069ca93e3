namespace CallCoach.Core.Audio;

/// <summary>
/// A recording already decoded into memory: one 16-bit PCM buffer per channel at <see cref="SampleRate"/>.
/// <see cref="DurationSeconds"/> comes from the source's own frame count, so resampling cannot blur threshold edges.
/// </summary>
public sealed record DecodedAudio(int SampleRate, IReadOnlyList<short[]> Channels, double DurationSeconds) : IAudioSource
{
    public const int RecognitionSampleRate = 16_000;

    public int ChannelCount => Channels.Count;

    public IEnumerable<AudioChunk> ReadChunks(int framesPerChunk, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerChunk);
        var frames = Channels.Count == 0 ? 0 : Channels[0].Length;
        for (var start = 0; start < frames; start += framesPerChunk)
        {
            ct.ThrowIfCancellationRequested();
            var length = Math.Min(framesPerChunk, frames - start);
            yield return new AudioChunk(start, [.. Channels.Select(c => c.AsSpan(start, length).ToArray())]);
        }
    }
}
