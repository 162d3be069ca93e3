using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.Tests;

/// <summary>Word error rate: word-level edit distance from the hypothesis to the reference, over the reference's length.</summary>
internal static partial class WordErrorRate
{
    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex NotWord();

    public static string[] Words(string text) =>
        NotWord().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static double Of(string reference, string hypothesis)
    {
        var r = Words(reference);
        var h = Words(hypothesis);
        var previous = Enumerable.Range(0, h.Length + 1).ToArray();
        for (var i = 1; i <= r.Length; i++)
        {
            var current = new int[h.Length + 1];
            current[0] = i;
            for (var j = 1; j <= h.Length; j++)
            {
                var substitution = previous[j - 1] + (r[i - 1] == h[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return (double)previous[h.Length] / Math.Max(1, r.Length);
    }
}

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
