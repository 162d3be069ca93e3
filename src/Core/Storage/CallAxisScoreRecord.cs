namespace CallCoach.Core.Storage;

/// <summary>
/// A call's score on one capability axis with its items as JSON; a rep's radar is an average of these rows over a
/// window, so the radar query reads one small row per call and axis.
/// </summary>
public sealed class CallAxisScoreRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public required string Axis { get; set; }
    public double? Score { get; set; }
    public required string ItemsJson { get; set; }
}
