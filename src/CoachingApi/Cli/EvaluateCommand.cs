using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Lifecycle;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach evaluate objection|act [--data &lt;tsv&gt;] [--model &lt;zip&gt;]`: per-class precision, recall and F1, macro-F1
/// and the confusion matrix on a `text`/`label` TSV; without --data, on the held-out test set in models/data/test.
/// </summary>
public static class EvaluateCommand
{
    public const string Usage = "usage: callcoach evaluate objection|act [--data <tsv with text and label columns>] [--model <zip>]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        if (ModelArguments.Parse(args, "--data") is not { } arguments)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        using var host = CliHost.Build(settings);
        try
        {
            var model = arguments.LoadModel(host.Services);
            var examples = arguments.Flags.GetValueOrDefault("--data") is { } path
                ? TrainingData.ReadTsv(arguments.Kind, path)
                : TrainingData.LoadHoldout(arguments.Kind, arguments.TrainingFolder(host.Services));
            if (examples.Count == 0)
            {
                throw new InvalidDataException("the data holds no examples");
            }

            await stdout.WriteLineAsync($"{model.Kind.Name} {model.Card.Version} ({model.Card.Trainer}) on {examples.Count} examples");
            foreach (var language in TextLanguage.All.Where(l => examples.Any(e => e.Language == l)))
            {
                var part = examples.Where(e => e.Language == language).ToList();
                await stdout.WriteLineAsync($"  {language}: macro-F1 {HoldoutScore.Measure(model, part).MacroF1:F3} over {part.Count}");
            }

            await stdout.WriteAsync(ReportText.Report(HoldoutScore.Measure(model, examples), confusion: true));
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ModelFileException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"callcoach: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
