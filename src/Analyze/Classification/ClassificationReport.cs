namespace CallCoach.Analyze.Classification;

/// <summary>Per-class precision, recall and F1, macro-F1, accuracy and the confusion matrix (rows truth, columns prediction).</summary>
public sealed record ClassificationReport(
    double MacroF1,
    double Accuracy,
    int Examples,
    IReadOnlyList<ClassScore> Classes,
    IReadOnlyList<string> Labels,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    public static ClassificationReport From(IReadOnlyList<string> labels, IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var confusion = labels.Select(_ => new int[labels.Count]).ToArray();
        for (var i = 0; i < truth.Count; i++)
        {
            confusion[index[truth[i]]][index[predicted[i]]]++;
        }

        var classes = labels.Select((label, i) =>
        {
            var truePositives = confusion[i][i];
            var predictedAs = confusion.Sum(row => row[i]);
            var actual = confusion[i].Sum();
            var precision = predictedAs == 0 ? 0 : (double)truePositives / predictedAs;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassScore(label, precision, recall, f1, actual);
        }).ToList();

        // Labels without a single true example would drag macro-F1 down for a test set that lacks them, not for the model.
        var scored = classes.Where(c => c.Support > 0).ToList();
        var correct = labels.Select((_, i) => confusion[i][i]).Sum();
        return new ClassificationReport(
            scored.Count == 0 ? 0 : scored.Average(c => c.F1),
            truth.Count == 0 ? 0 : (double)correct / truth.Count,
            truth.Count,
            classes,
            labels,
            confusion);
    }
}

public sealed record ClassScore(string Label, double Precision, double Recall, double F1, int Support);
