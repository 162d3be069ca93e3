using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// How many words a text holds. Whitespace separates words and a word needs a letter or digit ("—" and "?" are not
/// words). Chinese is written without spaces and no segmenter ships here, so each Han character counts as a word, as
/// the recognizers' words already do (Transcribe's TimedWords): typed and recognised transcripts then count alike,
/// and a Chinese rate is characters per minute, comparable with other Chinese calls but not with English ones.
/// </summary>
internal static class SpokenWords
{
    /// <summary>The recognizer's words where there are any, else the text (typed transcripts have none).</summary>
    public static int In(TranscriptSegment segment) =>
        segment.Words.Count > 0 ? segment.Words.Sum(w => In(w.Text)) : In(segment.Text);

    public static int In(string text)
    {
        var words = 0;
        var runCounted = false;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                words++;
                runCounted = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                runCounted = false;
            }
            else if (!runCounted && char.IsLetterOrDigit(c))
            {
                words++;
                runCounted = true;
            }
        }

        return words;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
