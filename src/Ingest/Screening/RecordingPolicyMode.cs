namespace CallCoach.Ingest.Screening;

/// <summary>What happens to a call that is not a high-value customer's (<c>Ingest:RecordingPolicy:Mode</c>).</summary>
public enum RecordingPolicyMode
{
    /// <summary><c>all</c>: every call is analyzed.</summary>
    All,

    /// <summary><c>sample</c>: a fraction of calls, chosen by content hash, is analyzed; the others are metadata only.</summary>
    Sample,

    /// <summary><c>metadata-only</c>: calls are stored with their metadata; their recordings are set aside unanalyzed.</summary>
    MetadataOnly,
}
