namespace CallCoach.Core.Storage;

/// <summary>A report as a scheduled job computed it for its period, kept so a month's figures do not shift later.</summary>
public sealed class ReportRecord
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Period { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Json { get; set; }
}
