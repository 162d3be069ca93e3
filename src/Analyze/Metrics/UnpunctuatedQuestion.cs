using System.Text.RegularExpressions;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// Whether text without punctuation reads like a question. English: it opens, after fillers such as "so" or "okay",
/// with a question word or an auxiliary followed by its subject ("what", "do you", "can we"). Chinese: it holds a
/// question word or particle anywhere (吗, 什么, 怎么, 多少, 哪, 是否, 有没有, 能不能, 是不是), or ends with 呢,
/// which mid-sentence more often marks a topic than a question; spaces are ignored, as recognised Chinese is written
/// one character a word ("什 么"). Statements that open like questions ("what we do is…", 没什么问题) count too:
/// a heuristic, kept simple enough to check by eye.
/// </summary>
internal static partial class UnpunctuatedQuestion
{
    private static readonly string[] ChineseMarkers = ["吗", "什么", "怎么", "多少", "哪", "是否", "有没有", "能不能", "是不是"];

    public static bool IsQuestion(string text)
    {
        var unspaced = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return EnglishOpener().IsMatch(text)
            || ChineseMarkers.Any(m => unspaced.Contains(m, StringComparison.Ordinal))
            || unspaced.EndsWith('呢');
    }

    [GeneratedRegex(
        @"^[\s\p{P}]*(?:(?:so|and|but|ok|okay|well|um|uh|right)\b[\s\p{P}]*)*"
        + @"(?:what|how|why|when|where|who|whom|whose|which|does|did|do\s+(?:you|we|they)|are\s+(?:you|we|they|there)"
        + @"|is\s+(?:it|that|this|there)|can\s+(?:you|we|i)|could\s+(?:you|we|i)|would\s+(?:you|we)|will\s+(?:you|we)"
        + @"|have\s+(?:you|we)|should\s+(?:we|i)|shall\s+we)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishOpener();
}
