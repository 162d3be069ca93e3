namespace CallCoach.Core.Storage;

public enum CallStatus
{
    /// <summary>Archived and queued; recovered and queued again after a restart.</summary>
    Received,
    Analyzed,
    Failed,
}
