namespace CallCoach.Core.Audio;

/// <summary>
/// A recording at the recognizers' rate, read from its start a chunk at a time, so a two-hour call never has to be
/// held in memory whole. Each <see cref="ReadChunks"/> starts over, which lets a stage make more than one pass.
/// Two kinds exist: a file decoded as it is read (the pipeline's) and samples already in memory (short clips, tests).
/// </summary>
public interface IAudioSource
{
    int SampleRate { get; }

    int ChannelCount { get; }

    /// <summary>From the source's own frame count, so resampling cannot blur threshold edges.</summary>
    double DurationSeconds { get; }

    IEnumerable<AudioChunk> ReadChunks(int framesPerChunk, CancellationToken ct);
}
