using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>
/// Trains a challenger on the shipped examples plus every correction, scores it and the serving model on the same
/// held-out split, records the version, and promotes it when it is not worse (or when forced).
/// </summary>
public sealed class ChallengerTraining(
    ClassifierTrainer trainer,
    LabelCorrections corrections,
    ModelRegistry registry,
    ServingClassifiers serving,
    IOptions<DataOptions> data,
    IOptions<ClassificationOptions> options)
{
    public async Task<ModelVersionRecord> RunAsync(ClassifierKind kind, bool force, CancellationToken ct)
    {
        var folder = data.Value.ModelFile(options.Value.TrainingData)!;
        var correctionSet = await corrections.ForTrainingAsync(kind, ct);
        var examples = TrainingData.WithCorrections(TrainingData.Load(kind, folder), correctionSet.Examples);
        var holdout = registry.Holdout(kind);

        // Training is CPU-bound and single-threaded (see ClassifierPipeline), so it runs beside the pipeline, not in its way.
        var trained = await Task.Run(() => trainer.Train(kind, examples, holdout, options.Value.Training, ct), ct);
        var path = registry.VersionPath(kind, trained.Card.Version);
        ModelFile.Save(trained, path);

        var challenger = trained.Card.Holdout!.MacroF1;
        var champion = serving.For(kind).Current;
        var championF1 = HoldoutScore.Measure(champion, holdout).MacroF1;
        var version = await registry.AddAsync(new ModelVersionRecord
        {
            Model = kind.Name,
            Version = trained.Card.Version,
            Path = path,
            Trainer = trained.Card.Trainer,
            TrainedAt = trained.Card.TrainedAt,
            TrainingSeconds = trained.Card.TrainingSeconds,
            CrossValidatedMacroF1 = trained.Card.CrossValidation.MacroF1,
            HoldoutMacroF1 = challenger,
            ChampionMacroF1 = championF1,
            CorrectionsUpTo = correctionSet.UpTo,
            CorrectionCount = correctionSet.Examples.Count,
        }, ct);

        var comparison = $"held-out macro-F1 {challenger:F4} against the serving {champion.Card.Version} at {championF1:F4}";
        if (challenger >= championF1 || force)
        {
            var why = challenger >= championF1 ? $"promoted: {comparison}" : $"promoted by force: {comparison}";
            // Promotion measures both again under its lock: another promotion may have changed the serving model meanwhile.
            return await registry.PromoteAsync(kind, version.Version, force, why, ct);
        }

        return await registry.RecordDecisionAsync(version, $"kept as challenger, worse: {comparison}", ct);
    }
}
