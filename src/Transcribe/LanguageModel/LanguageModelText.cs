using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.LanguageModel;

/// <summary>
/// How training text becomes the words a recognizer emits: lower case, punctuation dropped, hyphenated words
/// split, apostrophes kept inside words ("don't", "customer's") because the dictionary spells them so.
/// </summary>
public static partial class LanguageModelText
{
    [GeneratedRegex(@"[a-z]+(?:'[a-z]+)*")]
    private static partial Regex Word();

    public static string[] Words(string line) =>
        [.. Word().Matches(line.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value)];
}
