using CallCoach.Transcribe.Evaluation;

namespace CallCoach.Transcribe.Tests.Evaluation;

public sealed class WordErrorRateTests
{
    [Theory]
    [InlineData("a trial period", "A trial, period.", 0.0)]
    [InlineData("a trial period", "a trial", 1.0 / 3)]
    [InlineData("a trial period", "the trial period of", 2.0 / 3)]
    [InlineData("one two", "", 1.0)]
    public void WordErrorRateCountsSubstitutionsDeletionsAndInsertions(string reference, string hypothesis, double expected)
    {
        Assert.Equal(expected, WordErrorRate.Of(reference, hypothesis), precision: 6);
    }
}
