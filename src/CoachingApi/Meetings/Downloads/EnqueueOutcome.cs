namespace CallCoach.CoachingApi.Meetings.Downloads;

public enum EnqueueOutcome
{
    /// <summary>A new download, stored and due now.</summary>
    Queued,
    /// <summary>Already waiting; the newer event (a later file list, a fresh download token) replaced the stored one.</summary>
    Refreshed,
    /// <summary>The same event again, still waiting or parked: nothing changed.</summary>
    AlreadyQueued,
    /// <summary>Already fetched: a repeated delivery, processed once.</summary>
    AlreadyDone,
}
