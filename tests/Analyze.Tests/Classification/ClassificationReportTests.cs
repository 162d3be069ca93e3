using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class ClassificationReportTests
{
    private const int Digits = 12;

    [Fact]
    public void ScoresOfASmallConfusionAreTheHandComputedOnes()
    {
        // truth      a a a b b c
        // predicted  a a b b c c
        // confusion (rows truth, columns prediction):  a: 2 1 0 / b: 0 1 1 / c: 0 0 1
        // a: precision 2/2 = 1,   recall 2/3, F1 = 2·1·(2/3) / (1 + 2/3) = (4/3) / (5/3) = 0.8
        // b: precision 1/2 = 0.5, recall 1/2, F1 = 2·0.25 / 1 = 0.5
        // c: precision 1/2 = 0.5, recall 1/1, F1 = 2·0.5 / 1.5 = 2/3
        // macro-F1 = (0.8 + 0.5 + 2/3) / 3 = (72 + 45 + 60) / 90 / 3 = 59/90; accuracy = 4 correct / 6
        var report = ClassificationReport.From(["a", "b", "c"], ["a", "a", "a", "b", "b", "c"], ["a", "a", "b", "b", "c", "c"]);

        Assert.Equal(["a", "b", "c"], report.Labels);
        Assert.Equal([[2, 1, 0], [0, 1, 1], [0, 0, 1]], report.Confusion.Select(row => row.ToArray()));
        Assert.Equal(["a", "b", "c"], report.Classes.Select(c => c.Label));
        Assert.Equal([3, 2, 1], report.Classes.Select(c => c.Support));
        AssertScores(report.Classes[0], 1, 2.0 / 3, 0.8);
        AssertScores(report.Classes[1], 0.5, 0.5, 0.5);
        AssertScores(report.Classes[2], 0.5, 1, 2.0 / 3);
        Assert.Equal(59.0 / 90, report.MacroF1, Digits);
        Assert.Equal(4.0 / 6, report.Accuracy, Digits);
        Assert.Equal(6, report.Examples);
    }

    [Fact]
    public void LabelWithoutTrueExamplesIsReportedButLeftOutOfMacroF1()
    {
        // truth a a b, predicted a d b: a precision 1/1, recall 1/2, F1 2/3; b F1 1; d was predicted once, never true:
        // precision 0/1, support 0. Macro-F1 averages a and b only: (2/3 + 1) / 2 = 5/6. Accuracy 2/3.
        var report = ClassificationReport.From(["a", "b", "d"], ["a", "a", "b"], ["a", "d", "b"]);

        AssertScores(report.Classes[0], 1, 0.5, 2.0 / 3);
        AssertScores(report.Classes[1], 1, 1, 1);
        AssertScores(report.Classes[2], 0, 0, 0);
        Assert.Equal(0, report.Classes[2].Support);
        Assert.Equal(5.0 / 6, report.MacroF1, Digits);
        Assert.Equal(2.0 / 3, report.Accuracy, Digits);
    }

    [Fact]
    public void LabelNeverPredictedHasZeroPrecisionInsteadOfDividingByZero()
    {
        // truth a b, predicted a a: b is never predicted, so precision 0 (not NaN) and F1 0; a: precision 1/2, recall 1, F1 2/3.
        var report = ClassificationReport.From(["a", "b"], ["a", "b"], ["a", "a"]);

        AssertScores(report.Classes[1], 0, 0, 0);
        AssertScores(report.Classes[0], 0.5, 1, 2.0 / 3);
        Assert.Equal(1.0 / 3, report.MacroF1, Digits);
    }

    [Fact]
    public void EmptySetScoresZeroRatherThanNaN()
    {
        var report = ClassificationReport.From(["a", "b"], [], []);

        Assert.Equal(0, report.MacroF1);
        Assert.Equal(0, report.Accuracy);
        Assert.Equal(0, report.Examples);
        Assert.All(report.Confusion, row => Assert.All(row, cell => Assert.Equal(0, cell)));
    }

    private static void AssertScores(ClassScore score, double precision, double recall, double f1)
    {
        Assert.Equal(precision, score.Precision, Digits);
        Assert.Equal(recall, score.Recall, Digits);
        Assert.Equal(f1, score.F1, Digits);
    }
}
