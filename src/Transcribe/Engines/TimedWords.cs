using System.Text;

namespace CallCoach.Transcribe.Engines;

/// <summary>
/// Turns a stretch of recognised text with one time span (a Whisper segment, an Azure word or phrase) into the words
/// CallCoach stores. Words are what whitespace separates, without the punctuation around them ("Hello," is
/// "Hello"; "don't" and "follow-up" stay whole). Chinese is written without spaces and no segmenter ships here, so
/// each Han character is a word of its own: the keyword matcher already ignores whitespace between Chinese
/// characters, and word error rate over such words is the character error rate Chinese is usually scored by.
/// The span is shared out by characters, since an engine that gives one time for several words gives no finer one.
/// </summary>
public static class TimedWords
{
    // Trimmed from both ends of a word: ASCII punctuation and symbols ("Hello," "$5" "(laughs)") and curly quotes.
    private static readonly char[] NotWordCharacters =
        [.. Enumerable.Range(0x21, 0x5E).Select(i => (char)i).Where(c => !char.IsLetterOrDigit(c)), '’', '‘', '“', '”'];

    public static IReadOnlyList<RecognizedWord> Spread(string text, double start, double end)
    {
        var words = Split(text);
        var characters = words.Sum(w => w.Length);
        var result = new List<RecognizedWord>(words.Count);
        var before = 0;
        foreach (var word in words)
        {
            var wordStart = At(before);
            before += word.Length;
            result.Add(new RecognizedWord(word, wordStart, At(before)));
        }

        return result;

        // The ends are the engine's own times, not a sum that rounding can move.
        double At(int offset) => offset == characters ? end : start + (end - start) * offset / characters;
    }

    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var run = new StringBuilder();
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                Flush(run, words);
                words.Add(c.ToString());
            }
            else if (char.IsWhiteSpace(c) || IsSeparator(c))
            {
                Flush(run, words);
            }
            else
            {
                run.Append(c);
            }
        }

        Flush(run, words);
        return words;
    }

    private static void Flush(StringBuilder run, List<string> words)
    {
        var word = run.ToString().Trim(NotWordCharacters);
        if (word.Length > 0 && word.Any(char.IsLetterOrDigit))
        {
            words.Add(word);
        }

        run.Clear();
    }

    // Only what can sit inside a word ("don't", "follow-up", "5,000", "3.5") is kept within a run; other
    // punctuation, notably the full-width Chinese marks (，。？！、), ends it.
    private static bool IsSeparator(char c) =>
        char.IsPunctuation(c) && c is not ('\'' or '’' or '-' or ',' or '.' or '%' or '&');

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
