using CallCoach.Analyze.Privacy;
using Xunit.Abstractions;

namespace CallCoach.Analyze.Tests.Privacy;

public sealed class PiiRedactorPrecisionRecallTests(ITestOutputHelper output)
{
    private const double Goal = 0.95;

    private static IReadOnlyList<PiiItem> Find(string text) =>
        [.. PiiRedactor.Find(text).Select(m => new PiiItem(PiiPlaceholder.Tag(m.Category), text.Substring(m.Start, m.Length)))];

    [Theory]
    [InlineData("pii-dev.tsv")]
    [InlineData("pii-blind.tsv")]
    public void RedactorReachesTheGoalPrecisionAndRecallOnTheTestSet(string file)
    {
        var set = PiiTestSet.Load(file);

        var score = PiiScore.Measure(set, Find);

        output.WriteLine($"{file}: {set.Examples.Count} examples, {set.Examples.Count(e => e.Expected.Count > 0)} with personal data");
        foreach (var line in score.Report(PiiTestSet.Categories).Concat(score.Mistakes))
        {
            output.WriteLine(line);
        }

        var (precision, recall) = score.Overall;
        Assert.True(precision >= Goal, $"precision {precision:F3} < {Goal}");
        Assert.True(recall >= Goal, $"recall {recall:F3} < {Goal}");
    }

    [Fact]
    public void DevSetHoldsEnoughPositiveAndNegativeExamplesOfEveryCategoryInBothLanguages()
    {
        var set = PiiTestSet.Load("pii-dev.tsv");

        Assert.True(set.Examples.Count(e => e.Expected.Count > 0) >= 250);
        Assert.True(set.Examples.Count(e => e.Expected.Count == 0) >= 250);
        foreach (var category in PiiTestSet.Categories)
        {
            foreach (var language in new[] { "en", "zh" })
            {
                Assert.Contains(set.Examples, e => e.Language == language && e.Expected.Any(i => i.Category == category));
            }
        }
    }
}
