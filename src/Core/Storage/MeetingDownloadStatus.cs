namespace CallCoach.Core.Storage;

public enum MeetingDownloadStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,
    /// <summary>Fetched and taken by the intake (as a call, a duplicate or a quarantined file).</summary>
    Done,
    /// <summary>Failed more times than the limit: kept with its last error, retried only when someone asks.</summary>
    Parked,
}
