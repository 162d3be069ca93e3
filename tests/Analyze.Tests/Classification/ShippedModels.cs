using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests.Classification;

/// <summary>
/// The repository's shipped models, loaded once for every test that reads them (loading takes seconds). Tests
/// that swap a model build their own <see cref="TextClassifier"/> around <c>Serving.X.Current</c> and never
/// call <c>Use</c> on these.
/// </summary>
internal static class ShippedModels
{
    public static IOptions<DataOptions> Data { get; } = Options.Create(new DataOptions { Models = RepositoryPaths.Models });

    public static ServingClassifiers Serving { get; } = new(Options.Create(new ClassificationOptions()), Data);

    public static string TrainingFolder => Path.Combine(RepositoryPaths.Models, "data");

    public static UtteranceClassifier Classifier(double reportThreshold = 0.5) =>
        new(Serving, Options.Create(new ClassificationOptions { ReportThreshold = reportThreshold }));
}
