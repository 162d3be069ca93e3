namespace CallCoach.Core.Screening;

/// <summary>Why a call may not be what it seems; a flagged call does not count as effective until a manager clears it.</summary>
public enum AnomalyKind
{
    /// <summary>Started outside working hours in the rep's time zone.</summary>
    OutsideWorkingHours,

    /// <summary>One of many calls of one rep that arrived within a few minutes: a bulk backfill.</summary>
    BulkUpload,

    /// <summary>Started long before it arrived: an old recording backfilled.</summary>
    LateUpload,
}
