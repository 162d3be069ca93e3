using System.Globalization;
using System.Text;
using CallCoach.Analyze.Classification;

namespace CallCoach.CoachingApi.Cli;

/// <summary>Plain-text renderings of model cards and classification reports for the CLI.</summary>
public static class ReportText
{
    public static string Summary(ModelCard card, string path)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{card.Name} {card.Version} -> {path}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {string.Join(", ", card.Examples.OrderBy(e => e.Key).Select(e => $"{e.Value} {e.Key}"))} examples, data sha256 {card.DataHash[..12]}, trained in {card.TrainingSeconds:F1} s");
        foreach (var candidate in card.Candidates)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {candidate.Trainer,-20} cross-validated macro-F1 {candidate.CrossValidatedMacroF1:F3} ({candidate.Seconds:F1} s){(candidate.Trainer == card.Trainer ? "  <- kept" : "")}");
        }

        text.AppendLine("  cross-validated:");
        text.Append(Report(card.CrossValidation, "    "));
        if (card.Holdout is { } holdout)
        {
            text.AppendLine("  held-out test set:");
            text.Append(Report(holdout, "    "));
        }

        return text.ToString().TrimEnd();
    }

    public static string Report(ClassificationReport report, string indent = "", bool confusion = false)
    {
        var text = new StringBuilder();
        var width = Math.Max(10, report.Labels.Max(l => l.Length));
        text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{"label".PadRight(width)}  precision  recall     f1  support");
        foreach (var c in report.Classes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{c.Label.PadRight(width)}  {c.Precision,9:F3}  {c.Recall,6:F3}  {c.F1,5:F3}  {c.Support,7}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{"macro-F1".PadRight(width)}  {report.MacroF1:F3}   accuracy {report.Accuracy:F3} over {report.Examples}");
        if (confusion)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}confusion (rows: truth, columns: predicted, in label order above)");
            for (var i = 0; i < report.Labels.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{indent}{report.Labels[i].PadRight(width)}  {string.Join(" ", report.Confusion[i].Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(4)))}");
            }
        }

        return text.ToString();
    }
}
