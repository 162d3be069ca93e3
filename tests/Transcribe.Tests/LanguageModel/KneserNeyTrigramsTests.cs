using System.Globalization;
using CallCoach.Transcribe.LanguageModel;

namespace CallCoach.Transcribe.Tests.LanguageModel;

public sealed class KneserNeyTrigramsTests
{
    private static readonly string[][] Corpus =
    [
        ["the", "renewal", "rate", "is", "high"],
        ["our", "renewal", "rate", "is", "above", "ninety", "percent"],
        ["the", "delivery", "cycle", "is", "six", "weeks"],
        ["the", "pilot", "is", "free"],
        ["we", "need", "a", "pilot", "first"],
    ];

    private static ArpaModel Build()
    {
        var model = new KneserNeyTrigrams();
        foreach (var sentence in Corpus)
        {
            model.Add(sentence);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        model.WriteArpa(writer);
        return ArpaModel.Parse(writer.ToString());
    }

    [Theory]
    [InlineData("the", "renewal")]
    [InlineData("renewal", "rate")]
    [InlineData("<s>", "the")]
    [InlineData("is", "free")]
    [InlineData("pilot", "first")]
    public void EveryContextsNextWordProbabilitiesSumToOne(string before, string word)
    {
        var model = Build();

        var sum = model.Vocabulary.Where(w => w != "<s>").Sum(w => Math.Pow(10, model.Log10Probability(before, word, w)));

        Assert.InRange(sum, 0.999, 1.001);
    }

    [Fact]
    public void SeenContinuationIsMoreLikelyThanUnseenOne()
    {
        var model = Build();

        Assert.True(model.Log10Probability("the", "renewal", "rate") > model.Log10Probability("the", "renewal", "cycle"));
        Assert.True(model.Log10Probability("delivery", "cycle", "is") > model.Log10Probability("delivery", "cycle", "rate"));
    }

    [Fact]
    public void HeaderCountsMatchTheListedNgrams()
    {
        var model = Build();

        Assert.Equal(model.DeclaredCounts, model.ListedCounts);
        Assert.Equal(Corpus.SelectMany(s => s).Distinct().Count() + 2, model.Vocabulary.Count);
    }

    [Fact]
    public void SentenceStartIsNeverPredicted()
    {
        Assert.Equal(-99, Build().Unigram("<s>"));
    }
}
