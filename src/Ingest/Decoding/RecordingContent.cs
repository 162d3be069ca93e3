using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Ingest.Decoding;

/// <summary>A readable recording: either audio with the speaker each channel carries, or a ready transcript.</summary>
public sealed record RecordingContent(
    double DurationSeconds,
    DecodedAudio? Audio,
    IReadOnlyList<Speaker> ChannelSpeakers,
    IReadOnlyList<TranscriptSegment>? Transcript);
