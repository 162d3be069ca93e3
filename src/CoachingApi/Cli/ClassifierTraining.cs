using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach train objection|act|all`: trains on the shipped examples in models/data, compares the configured
/// trainers by cross-validated macro-F1, evaluates the winner on models/data/test, and writes models/&lt;name&gt;.zip
/// with its card beside it.
/// </summary>
public static class ClassifierTraining
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<ClassifierKind> kinds, TextWriter stdout, CancellationToken ct)
    {
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        var options = services.GetRequiredService<IConfiguration>().GetSection(ClassificationOptions.Section).Get<ClassificationOptions>() ?? new ClassificationOptions();
        var trainer = new ClassifierTrainer(services.GetRequiredService<TimeProvider>());
        var folder = data.ModelFile(options.TrainingData)!;
        foreach (var kind in kinds)
        {
            var trained = await Task.Run(
                () => trainer.Train(kind, TrainingData.Load(kind, folder), TrainingData.LoadHoldout(kind, folder), options.Training, ct), ct);
            var path = data.ModelFile(options.ModelFor(kind))!;
            ModelFile.Save(trained, path);
            await stdout.WriteLineAsync(ReportText.Summary(trained.Card, path));
        }

        return 0;
    }
}
