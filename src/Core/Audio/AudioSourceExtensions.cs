namespace CallCoach.Core.Audio;

public static class AudioSourceExtensions
{
    /// <summary>The whole recording in memory: for short clips and checks, never for a call of unknown length.</summary>
    public static DecodedAudio ReadAll(this IAudioSource source, CancellationToken ct = default)
    {
        var channels = Enumerable.Range(0, source.ChannelCount).Select(_ => new List<short>()).ToArray();
        foreach (var chunk in source.ReadChunks(source.SampleRate * 10, ct))
        {
            for (var c = 0; c < channels.Length; c++)
            {
                channels[c].AddRange(chunk.Channels[c]);
            }
        }

        return new DecodedAudio(source.SampleRate, [.. channels.Select(c => c.ToArray())], source.DurationSeconds);
    }
}
