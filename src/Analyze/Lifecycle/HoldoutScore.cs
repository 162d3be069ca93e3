using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>
/// Macro-F1 of a loaded model on the fixed held-out split, measured now: champion and challenger are always compared
/// on the same examples, never against a figure from an older card.
/// </summary>
public static class HoldoutScore
{
    public static ClassificationReport Measure(LoadedClassifier model, IReadOnlyList<LabelledText> holdout) =>
        ClassificationReport.From(model.Kind.Labels, [.. holdout.Select(e => e.Label)], [.. holdout.Select(e => model.Classify(e.Text).Label)]);
}
