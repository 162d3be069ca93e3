using CallCoach.Analyze.Classification;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Models;

/// <summary>One classifier: the version serving now, the shipped model's card, and every version the service trained.</summary>
public sealed record ModelSummary(string Name, IReadOnlyList<string> Labels, ServingModel Serving, ModelCard Shipped, IReadOnlyList<ModelVersionDto> Versions);

/// <summary>The version classifying calls now; source is "shipped" or "trained".</summary>
public sealed record ServingModel(string Version, string Source, string Trainer, DateTimeOffset TrainedAt, double? HoldoutMacroF1)
{
    public static ServingModel From(LoadedClassifier model, bool shipped) =>
        new(model.Card.Version, shipped ? "shipped" : "trained", model.Card.Trainer, model.Card.TrainedAt, model.Card.Holdout?.MacroF1);
}

public sealed record ModelVersionDto(
    string Version,
    string Trainer,
    DateTimeOffset TrainedAt,
    double TrainingSeconds,
    double CrossValidatedMacroF1,
    double HoldoutMacroF1,
    double ChampionMacroF1,
    int CorrectionCount,
    DateTimeOffset? PromotedAt,
    bool ForcedPromotion,
    DateTimeOffset? RolledBackAt,
    bool Serving,
    string? Decision)
{
    public static ModelVersionDto From(ModelVersionRecord v, bool serving) => new(
        v.Version, v.Trainer, v.TrainedAt, v.TrainingSeconds, v.CrossValidatedMacroF1, v.HoldoutMacroF1, v.ChampionMacroF1,
        v.CorrectionCount, v.PromotedAt, v.ForcedPromotion, v.RolledBackAt, serving, v.Decision);
}

public sealed record TrainRequest(bool Force = false);

public sealed record PromoteRequest(string Version, bool Force = false);

public sealed record TrainingJobDto(
    Guid Id,
    string Model,
    bool Force,
    string RequestedBy,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Version,
    bool? Promoted,
    string? Error)
{
    public static TrainingJobDto From(TrainingJobRecord j) => new(
        j.Id, j.Model, j.Force, j.RequestedBy, j.Status.ToString().ToLowerInvariant(), j.RequestedAt, j.StartedAt, j.FinishedAt,
        j.Version, j.Promoted, j.Error);
}
