namespace CallCoach.Core.Screening;

/// <summary>
/// What the recording policy and the anomaly rules decided for one arriving call. Ingest decides it from the
/// call's metadata and content hash; the store writes it with the call's row, so a call is never stored without it.
/// </summary>
public sealed record IntakeDecision(RecordingDecision Recording, string PolicyReason, IReadOnlyList<AnomalyFlag> Flags)
{
    /// <summary>What a call stored without the intake's screening (by a test or a tool writing to the store) records.</summary>
    public static readonly IntakeDecision Unscreened = new(RecordingDecision.Analyze, "stored directly, without the intake's recording policy", []);

    /// <summary>
    /// Set with a <see cref="AnomalyKind.BulkUpload"/> flag: the rep's other calls received since then belong to the
    /// same burst and get the flag too, so the calls that arrived before the count was reached are not missed.
    /// </summary>
    public DateTimeOffset? BulkUploadSince { get; init; }

    public bool Analyze => Recording == RecordingDecision.Analyze;
}
