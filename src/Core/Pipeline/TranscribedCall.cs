using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Core.Work.Queues;

namespace CallCoach.Core.Pipeline;

/// <summary>Transcribe (or Ingest, for transcript files) → Analyze: a call with its speaker-labelled text.</summary>
public sealed record TranscribedCall(
    Guid CallId,
    CallMetadata Metadata,
    double DurationSeconds,
    IReadOnlyList<TranscriptSegment> Segments)
{
    /// <summary>With the queue transport: the message this work came from, finished or handed back by the stage.</summary>
    public WorkTicket? Ticket { get; init; }
}
