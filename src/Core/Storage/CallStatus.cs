namespace CallCoach.Core.Storage;

/// <summary>
/// Where a call is in the pipeline. The store is the source of truth: after any restart, work resumes from here.
/// received → transcribed → analyzed; a stage that throws leaves it failed (retried after a back-off) and, after
/// the last attempt, parked until someone queues it again. See docs/decisions/023-durable-call-states.md.
/// </summary>
public enum CallStatus
{
    /// <summary>Archived; waiting for recognition (or, for a transcript file, for analysis).</summary>
    Received,
    /// <summary>Recognised; its transcript waits in the store for analysis.</summary>
    Transcribed,
    Analyzed,
    /// <summary>A stage failed; it is tried again from <see cref="CallRecord.RetryFrom"/> at <see cref="CallRecord.NextAttemptAt"/>.</summary>
    Failed,
    /// <summary>Failed on every attempt; kept with its reason until it is queued again through the API.</summary>
    Parked,
    /// <summary>Stored with its metadata only, by the recording policy: never queued, its recording set aside unread.</summary>
    MetadataOnly,
}
