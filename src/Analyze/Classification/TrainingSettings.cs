using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// How a training run chooses its model: the trainers it compares and the cross-validation folds. LightGbm is
/// available but not compared by default: on this data it scored lower and took over a minute per model (decision 012).
/// </summary>
public sealed class TrainingSettings
{
    [MinLength(1)]
    public List<TrainerName> Trainers { get; set; } = [TrainerName.LbfgsMaximumEntropy, TrainerName.SdcaMaximumEntropy];

    [Range(2, 20)]
    public int Folds { get; set; } = 5;
}
