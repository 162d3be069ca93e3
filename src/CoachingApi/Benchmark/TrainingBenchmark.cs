using System.Diagnostics;
using CallCoach.Analyze.Classification;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>A full retrain of both classifiers on the shipped data, as `callcoach train all` runs it, timed on the wall clock.</summary>
public static class TrainingBenchmark
{
    public static IReadOnlyList<TrainingTime> Run(ClassifierTrainer trainer, string dataFolder, TrainingSettings settings, CancellationToken ct)
    {
        var times = new List<TrainingTime>();
        foreach (var kind in ClassifierKind.All)
        {
            var clock = Stopwatch.StartNew();
            var trained = trainer.Train(kind, TrainingData.Load(kind, dataFolder), TrainingData.LoadHoldout(kind, dataFolder), settings, ct);
            times.Add(new TrainingTime(kind.Name, trained.Card.Examples.Values.Sum(), trained.Card.Trainer, clock.Elapsed.TotalSeconds,
                trained.Card.CrossValidation.MacroF1, trained.Card.Holdout?.MacroF1));
        }

        return times;
    }
}

public sealed record TrainingTime(string Model, int Examples, string Trainer, double Seconds, double CrossValidatedMacroF1, double? HoldoutMacroF1);
