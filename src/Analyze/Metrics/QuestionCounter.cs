using System.Text.RegularExpressions;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// Counts the rep's questions. A typed transcript marks them: each run of question marks is one question. Recognizer
/// text has no punctuation at all (the engines keep words only), so there a rep segment that reads like a question
/// counts once. Which way applies is decided for the whole call, not per segment: typed cues often break a sentence
/// in the middle, and the unpunctuated first half must not count as a question of its own.
/// </summary>
internal static partial class QuestionCounter
{
    public static int CountRepQuestions(IReadOnlyList<TranscriptSegment> segments)
    {
        var punctuated = segments.Any(s => SentencePunctuation().IsMatch(s.Text));
        var rep = segments.Where(s => s.Speaker == Speaker.Rep);
        return punctuated
            ? rep.Sum(s => QuestionMarks().Count(s.Text))
            : rep.Count(s => UnpunctuatedQuestion.IsQuestion(s.Text));
    }

    // A full stop counts only where a sentence ends: "3.5" and "U.S" survive in recognizer words.
    [GeneratedRegex(@"[?？!！。]|\.(?:\s|$)")]
    private static partial Regex SentencePunctuation();

    // "Really??" is one question.
    [GeneratedRegex("[?？]+")]
    private static partial Regex QuestionMarks();
}
