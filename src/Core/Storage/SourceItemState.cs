namespace CallCoach.Core.Storage;

/// <summary>What became of an item a source handed to intake; every state is final for that version of the item.</summary>
public enum SourceItemState
{
    /// <summary>Accepted as a new call, or as the retry of a failed one.</summary>
    Taken,

    /// <summary>Unreadable; kept in data/quarantine with the reason.</summary>
    Quarantined,

    /// <summary>Content CallCoach already had; kept in data/duplicates with the call it repeats.</summary>
    Duplicate,
}
