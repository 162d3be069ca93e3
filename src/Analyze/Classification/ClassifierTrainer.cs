using System.Diagnostics;
using Microsoft.ML;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Trains one classifier: cross-validates every configured trainer on the same stratified folds, keeps the one
/// with the best macro-F1, fits it on all examples, and evaluates it on the held-out set when one is given.
/// </summary>
public sealed class ClassifierTrainer(TimeProvider time)
{
    private const int Seed = 1;

    public TrainedClassifier Train(
        ClassifierKind kind,
        IReadOnlyList<LabelledText> examples,
        IReadOnlyList<LabelledText>? holdout,
        TrainingSettings settings,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var missing = kind.Labels.Where(label => examples.Count(e => e.Label == label) < settings.Folds).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"The {kind.Name} data needs at least {settings.Folds} examples of every label; too few: {string.Join(", ", missing)}.");
        }

        var folds = StratifiedFolds.Assign(examples, settings.Folds, Seed);
        var candidates = new List<(TrainerName Trainer, ClassificationReport Report, double Seconds)>();
        foreach (var trainer in settings.Trainers)
        {
            var started = clock.Elapsed;
            var report = CrossValidate(kind, examples, folds, settings.Folds, trainer, ct);
            candidates.Add((trainer, report, (clock.Elapsed - started).TotalSeconds));
        }

        // The first listed trainer wins a tie, so the card's choice does not flip on a rounding difference.
        var best = candidates.OrderByDescending(c => c.Report.MacroF1).First();
        ct.ThrowIfCancellationRequested();
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(Rows(examples));
        var model = ClassifierPipeline.Build(ml, best.Trainer).Fit(data);
        var holdoutReport = holdout is { Count: > 0 } ? Evaluate(ml, model, kind, holdout) : null;

        // Versions sort by when they were trained, to the millisecond, so two runs never share a name.
        var card = new ModelCard(
            kind.Name,
            time.GetUtcNow().ToString("yyyyMMdd.HHmmssfff", System.Globalization.CultureInfo.InvariantCulture),
            time.GetUtcNow(),
            Math.Round(clock.Elapsed.TotalSeconds, 2),
            TrainingData.Hash(examples),
            best.Trainer.ToString(),
            examples.GroupBy(e => e.Language).ToDictionary(g => g.Key, g => g.Count()),
            [.. candidates.Select(c => new CandidateScore(c.Trainer.ToString(), c.Report.MacroF1, Math.Round(c.Seconds, 2)))],
            best.Report,
            holdoutReport);
        return new TrainedClassifier(ml, model, data.Schema, card);
    }

    public static ClassificationReport Evaluate(MLContext ml, ITransformer model, ClassifierKind kind, IReadOnlyList<LabelledText> examples)
    {
        var predicted = Predict(ml, model, examples);
        return ClassificationReport.From(kind.Labels, [.. examples.Select(e => e.Label)], predicted);
    }

    private static ClassificationReport CrossValidate(
        ClassifierKind kind, IReadOnlyList<LabelledText> examples, int[] folds, int foldCount, TrainerName trainer, CancellationToken ct)
    {
        var truth = new List<string>();
        var predicted = new List<string>();
        for (var fold = 0; fold < foldCount; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var ml = new MLContext(Seed);
            var train = examples.Where((_, i) => folds[i] != fold).ToList();
            var test = examples.Where((_, i) => folds[i] == fold).ToList();
            var model = ClassifierPipeline.Build(ml, trainer).Fit(ml.Data.LoadFromEnumerable(Rows(train)));
            truth.AddRange(test.Select(e => e.Label));
            predicted.AddRange(Predict(ml, model, test));
        }

        return ClassificationReport.From(kind.Labels, truth, predicted);
    }

    private static List<string> Predict(MLContext ml, ITransformer model, IReadOnlyList<LabelledText> examples)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(Rows(examples)));
        return [.. ml.Data.CreateEnumerable<ClassifierOutput>(scored, reuseRowObject: false).Select(o => o.PredictedLabel)];
    }

    private static IEnumerable<ClassifierInput> Rows(IEnumerable<LabelledText> examples) =>
        examples.Select(e => new ClassifierInput { Text = TextNormalizer.Normalize(e.Text), Label = e.Label });
}
