namespace CallCoach.Core.Storage;

public enum CallStatus
{
    /// <summary>Archived and queued; recovered and queued again after a restart.</summary>
    Received,
    Analyzed,
    Failed,
    /// <summary>Stored with its metadata only, by the recording policy: never queued, its recording set aside unread.</summary>
    MetadataOnly,
}
