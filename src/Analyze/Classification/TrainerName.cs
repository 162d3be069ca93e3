namespace CallCoach.Analyze.Classification;

/// <summary>The ML.NET multiclass trainers a training run compares; the card records the one kept.</summary>
public enum TrainerName
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    LightGbm,
}
