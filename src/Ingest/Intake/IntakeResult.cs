namespace CallCoach.Ingest.Intake;

public enum IntakeOutcome
{
    Accepted,
    Duplicate,
    Quarantined,
}

/// <summary>What became of one file. CallId is set for Accepted and Duplicate; Reason for the other two.</summary>
public sealed record IntakeResult(IntakeOutcome Outcome, Guid? CallId, string? Reason)
{
    /// <summary>Quarantined because the content is none of the supported formats, rather than a supported one that is broken.</summary>
    public bool UnsupportedContent { get; init; }

    /// <summary>Accepted, but the recording policy keeps it to its metadata: it will not be analyzed.</summary>
    public bool MetadataOnly { get; init; }

    public static IntakeResult Accepted(Guid id) => new(IntakeOutcome.Accepted, id, null);
    public static IntakeResult Duplicate(Guid id, string reason) => new(IntakeOutcome.Duplicate, id, reason);
    public static IntakeResult Quarantined(string reason) => new(IntakeOutcome.Quarantined, null, reason);
}
