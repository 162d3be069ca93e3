using System.Globalization;

namespace CallCoach.Analyze.Tests.Privacy;

/// <summary>
/// Span-level precision and recall of a redactor on a test set: per example, the found and the expected
/// (category, exact substring) items are matched as multisets; a found item with no expected twin is a false
/// positive of its category, an expected one never found a false negative of its category.
/// </summary>
internal sealed class PiiScore
{
    private readonly Dictionary<string, (int TruePositives, int FalsePositives, int FalseNegatives)> counts = [];
    private readonly List<string> mistakes = [];

    public static PiiScore Measure(PiiTestSet set, Func<string, IReadOnlyList<PiiItem>> find)
    {
        var score = new PiiScore();
        foreach (var example in set.Examples)
        {
            var unmatched = example.Expected.ToList();
            var found = find(example.Text);
            foreach (var item in found)
            {
                var twin = unmatched.IndexOf(item);
                if (twin >= 0)
                {
                    unmatched.RemoveAt(twin);
                    score.Count(item.Category, truePositive: 1);
                }
                else
                {
                    score.Count(item.Category, falsePositive: 1);
                    score.mistakes.Add($"{set.Name}:{example.Line} false positive {item.Category}:{item.Value} in: {example.Text}");
                }
            }

            foreach (var missed in unmatched)
            {
                score.Count(missed.Category, falseNegative: 1);
                score.mistakes.Add($"{set.Name}:{example.Line} missed {missed.Category}:{missed.Value}, found [{string.Join(" | ", found.Select(f => $"{f.Category}:{f.Value}"))}] in: {example.Text}");
            }
        }

        return score;
    }

    public IReadOnlyList<string> Mistakes => mistakes;

    public (double Precision, double Recall) Overall => Of(counts.Values.Aggregate((0, 0, 0), (sum, c) =>
        (sum.Item1 + c.TruePositives, sum.Item2 + c.FalsePositives, sum.Item3 + c.FalseNegatives)));

    public (double Precision, double Recall) For(string category) => Of(counts.GetValueOrDefault(category));

    /// <summary>One line per category and one overall: true positives, false positives, false negatives, precision, recall.</summary>
    public IEnumerable<string> Report(IEnumerable<string> categories) =>
        categories.Select(c => Line(c, counts.GetValueOrDefault(c)))
            .Append(Line("overall", counts.Values.Aggregate((0, 0, 0), (sum, c) => (sum.Item1 + c.TruePositives, sum.Item2 + c.FalsePositives, sum.Item3 + c.FalseNegatives))));

    private void Count(string category, int truePositive = 0, int falsePositive = 0, int falseNegative = 0)
    {
        var (tp, fp, fn) = counts.GetValueOrDefault(category);
        counts[category] = (tp + truePositive, fp + falsePositive, fn + falseNegative);
    }

    private static (double Precision, double Recall) Of((int TruePositives, int FalsePositives, int FalseNegatives) c) =>
        (Ratio(c.TruePositives, c.TruePositives + c.FalsePositives), Ratio(c.TruePositives, c.TruePositives + c.FalseNegatives));

    // Nothing found and nothing to find is perfect, not undefined: a set without cards must not fail on cards.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;

    private static string Line(string name, (int TruePositives, int FalsePositives, int FalseNegatives) c)
    {
        var (precision, recall) = Of(c);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} tp {c.TruePositives,4}  fp {c.FalsePositives,3}  fn {c.FalseNegatives,3}  precision {precision:F3}  recall {recall:F3}");
    }
}
