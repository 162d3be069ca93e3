using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Ingest.Decoding;

/// <summary>A readable recording: either audio with the speaker each channel carries, or a ready transcript.</summary>
public sealed record RecordingContent(
    double DurationSeconds,
    AudioFile? Audio,
    IReadOnlyList<Speaker> ChannelSpeakers,
    IReadOnlyList<TranscriptSegment>? Transcript)
{
    /// <summary>The format the content was read as, which names the archived copy.</summary>
    public RecordingFormat Format { get; init; }

    /// <summary>The same content once its file has been moved, as intake archives it after reading it.</summary>
    public RecordingContent MovedTo(string path) => Audio is null ? this : this with { Audio = Audio with { Path = path } };
}
