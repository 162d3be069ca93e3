namespace CallCoach.Core.Storage;

/// <summary>
/// A recognised call's transcript, kept between the transcribed and analyzed states so a restart does not decode the
/// audio again. It is the recognizer's unredacted text, so analysis deletes it in the transaction that stores the
/// redacted call.
/// </summary>
public sealed class PendingTranscriptRecord
{
    public Guid CallId { get; set; }
    public double DurationSeconds { get; set; }
    public required string SegmentsJson { get; set; }
}
