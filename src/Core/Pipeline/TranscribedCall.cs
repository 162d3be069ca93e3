using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Core.Pipeline;

/// <summary>Transcribe (or Ingest, for transcript files) → Analyze: a call with its speaker-labelled text.</summary>
public sealed record TranscribedCall(
    Guid CallId,
    CallMetadata Metadata,
    double DurationSeconds,
    IReadOnlyList<TranscriptSegment> Segments);
