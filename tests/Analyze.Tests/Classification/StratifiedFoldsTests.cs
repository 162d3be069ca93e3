using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class StratifiedFoldsTests
{
    // Groups of 7, 4, 5 and 3, interleaved so that file order does not line up with the folds.
    private static readonly LabelledText[] Examples =
    [
        .. Enumerable.Range(0, 7).Select(i => new LabelledText($"price {i}", "price", "en")),
        .. Enumerable.Range(0, 4).Select(i => new LabelledText($"价格 {i}", "price", "zh")),
        .. Enumerable.Range(0, 5).Select(i => new LabelledText($"timing {i}", "timing", "en")),
        .. Enumerable.Range(0, 3).Select(i => new LabelledText($"时间 {i}", "timing", "zh")),
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void EveryLabelAndLanguageGroupIsDealtEvenlyOverTheFolds(int folds)
    {
        var assignment = StratifiedFolds.Assign(Examples, folds, seed: 1);

        Assert.Equal(Examples.Length, assignment.Length);
        Assert.All(assignment, fold => Assert.InRange(fold, 0, folds - 1));
        foreach (var group in Enumerable.Range(0, Examples.Length).GroupBy(i => (Examples[i].Label, Examples[i].Language)))
        {
            var perFold = Enumerable.Range(0, folds).Select(fold => group.Count(i => assignment[i] == fold)).ToList();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{group.Key}: {string.Join(", ", perFold)} per fold");
        }

        var sizes = Enumerable.Range(0, folds).Select(fold => assignment.Count(f => f == fold)).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 1, $"fold sizes {string.Join(", ", sizes)}");
    }

    [Fact]
    public void SameSeedDealsTheSameFolds()
    {
        Assert.Equal(StratifiedFolds.Assign(Examples, 3, seed: 1), StratifiedFolds.Assign(Examples, 3, seed: 1));
    }

    [Fact]
    public void AnotherSeedDealsOtherFolds()
    {
        Assert.NotEqual(StratifiedFolds.Assign(Examples, 3, seed: 1), StratifiedFolds.Assign(Examples, 3, seed: 2));
    }

    [Fact]
    public void FoldsDoNotDependOnWhichGroupComesFirstInTheData()
    {
        // Groups are dealt in label and language order, so the Chinese file read before the English one, or the
        // labels in another order, gives every example the same fold.
        LabelledText[] regrouped = [.. Examples.OrderByDescending(e => e.Language, StringComparer.Ordinal).ThenByDescending(e => e.Label, StringComparer.Ordinal)];

        var original = StratifiedFolds.Assign(Examples, 3, seed: 1);
        var other = StratifiedFolds.Assign(regrouped, 3, seed: 1);

        Assert.NotEqual(Examples, regrouped);
        Assert.Equal(
            Examples.Select((e, i) => (e.Text, original[i])).Order(),
            regrouped.Select((e, i) => (e.Text, other[i])).Order());
    }
}
