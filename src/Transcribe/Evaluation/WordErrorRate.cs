using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.Evaluation;

/// <summary>
/// Word error rate: the word-level edit distance from a hypothesis to its reference. Words are compared lower-cased
/// without punctuation, so "A trial, period." equals "a trial period".
/// </summary>
public static partial class WordErrorRate
{
    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex NotWord();

    public static string[] Words(string text) =>
        NotWord().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static double Of(string reference, string hypothesis) =>
        (double)Errors(Words(reference), Words(hypothesis)) / Math.Max(1, Words(reference).Length);

    /// <summary>Substitutions + deletions + insertions.</summary>
    public static int Errors(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        var previous = Enumerable.Range(0, hypothesis.Count + 1).ToArray();
        for (var i = 1; i <= reference.Count; i++)
        {
            var current = new int[hypothesis.Count + 1];
            current[0] = i;
            for (var j = 1; j <= hypothesis.Count; j++)
            {
                var substitution = previous[j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[hypothesis.Count];
    }
}
