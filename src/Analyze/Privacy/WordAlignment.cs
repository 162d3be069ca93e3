using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Where a segment's recognised words stand in its text, so a char range of the text maps to the words said in it
/// and to their times. Recognizers write the text from the words, so each word is found after the one before.
/// </summary>
internal sealed class WordAlignment
{
    private readonly IReadOnlyList<TranscriptWord> words;
    private readonly IReadOnlyList<int> starts;

    private WordAlignment(IReadOnlyList<TranscriptWord> words, IReadOnlyList<int> starts)
    {
        this.words = words;
        this.starts = starts;
    }

    /// <summary>The words' places in the text; null when there are no words or one is not found in order.</summary>
    public static WordAlignment? Of(string text, IReadOnlyList<TranscriptWord> words)
    {
        var starts = new List<int>(words.Count);
        var at = 0;
        foreach (var word in words)
        {
            var found = word.Text.Length == 0 ? -1 : text.IndexOf(word.Text, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            starts.Add(found);
            at = found + word.Text.Length;
        }

        return words.Count == 0 ? null : new WordAlignment(words, starts);
    }

    /// <summary>The words laid out as the recognizer gave them, one space apart: for words that do not match the text.</summary>
    public static (string Text, WordAlignment Alignment) Joined(IReadOnlyList<TranscriptWord> words)
    {
        var text = string.Join(' ', words.Select(w => w.Text));
        var starts = new List<int>(words.Count);
        var at = 0;
        foreach (var word in words)
        {
            starts.Add(at);
            at += word.Text.Length + 1;
        }

        return (text, new WordAlignment(words, starts));
    }

    public int Count => words.Count;

    public TranscriptWord this[int index] => words[index];

    public int StartOf(int index) => starts[index];

    public int EndOf(int index) => starts[index] + words[index].Text.Length;

    /// <summary>The first and last word overlapping start…end of the text, if any.</summary>
    public (int First, int Last)? Covering(int start, int end)
    {
        var covered = Enumerable.Range(0, words.Count).Where(i => StartOf(i) < end && start < EndOf(i)).ToList();
        return covered.Count == 0 ? null : (covered[0], covered[^1]);
    }
}
