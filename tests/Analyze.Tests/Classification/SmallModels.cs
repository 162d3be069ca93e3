using CallCoach.Analyze.Classification;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Analyze.Tests.Classification;

/// <summary>
/// Models trained in a second or two from a few shipped examples, for tests that need a model other than the
/// shipped one: one trainer, two folds.
/// </summary>
internal static class SmallModels
{
    public static TrainingSettings Settings() => new() { Trainers = [TrainerName.LbfgsMaximumEntropy], Folds = 2 };

    /// <summary>The first <paramref name="perLabel"/> shipped examples of every label in each language.</summary>
    public static IReadOnlyList<LabelledText> ShippedSample(ClassifierKind kind, int perLabel) =>
        [.. TrainingData.Load(kind, ShippedModels.TrainingFolder).GroupBy(e => (e.Label, e.Language)).SelectMany(g => g.Take(perLabel))];

    public static TrainedClassifier Train(ClassifierKind kind, DateTimeOffset trainedAt, int perLabel = 4) =>
        new ClassifierTrainer(new FakeTimeProvider(trainedAt)).Train(kind, ShippedSample(kind, perLabel), null, Settings(), CancellationToken.None);

    /// <summary>A trained model ready to classify, as ModelFile.Load would give it, without the round trip through disk.</summary>
    public static LoadedClassifier Loaded(ClassifierKind kind, TrainedClassifier trained) =>
        new(kind, trained.Context, trained.Model, trained.Card, "(memory)");
}
