namespace CallCoach.Core.Storage;

/// <summary>
/// A classifier version trained by the service. The active version of a model is the one promoted last and not
/// rolled back; with none, the shipped model in the models folder serves.
/// </summary>
public sealed class ModelVersionRecord
{
    public long Id { get; set; }
    public required string Model { get; set; }
    public required string Version { get; set; }
    public required string Path { get; set; }
    public required string Trainer { get; set; }
    public DateTimeOffset TrainedAt { get; set; }
    public double TrainingSeconds { get; set; }
    public double CrossValidatedMacroF1 { get; set; }
    /// <summary>Macro-F1 on the fixed held-out split, the figure promotion compares.</summary>
    public double HoldoutMacroF1 { get; set; }
    /// <summary>The serving version's held-out macro-F1 when this one was trained, re-measured on the same split.</summary>
    public double ChampionMacroF1 { get; set; }
    /// <summary>The newest label correction this version learned from; later corrections call for a retrain.</summary>
    public long CorrectionsUpTo { get; set; }
    public int CorrectionCount { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public bool ForcedPromotion { get; set; }
    public DateTimeOffset? RolledBackAt { get; set; }
    /// <summary>Why it was or was not promoted, in words.</summary>
    public string? Decision { get; set; }
}
