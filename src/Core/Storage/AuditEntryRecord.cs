namespace CallCoach.Core.Storage;

/// <summary>One audited act: who (a user or a key) did what to whom, and whether it was allowed.</summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Roles { get; set; }
    public required string Action { get; set; }
    /// <summary>Whose data or what: a rep id, a team id, a model name, a key id.</summary>
    public required string Subject { get; set; }
    public string? Detail { get; set; }
    public bool Allowed { get; set; }
}
