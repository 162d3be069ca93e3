using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// A segment's words after redaction. The words a match covers become one word — the placeholder, with any part of
/// the first or last word outside the match kept around it ("是[PHONE]") — timed from the first word's start to the
/// last word's end; the others are dropped rather than blanked, so the words still read as the redacted text does
/// and no empty word is left to count or show. The merged word's times are the span's times.
/// </summary>
internal static class RedactedWords
{
    public static IReadOnlyList<TranscriptWord> Of(string text, WordAlignment words, IReadOnlyList<PiiMatch> matches)
    {
        if (matches.Count == 0)
        {
            return [.. Enumerable.Range(0, words.Count).Select(i => words[i])];
        }

        var redacted = new List<TranscriptWord>(words.Count);
        var first = 0;
        while (first < words.Count)
        {
            if (!matches.Any(m => m.Overlaps(words.StartOf(first), words.EndOf(first))))
            {
                redacted.Add(words[first++]);
                continue;
            }

            // Take in the following words as long as a match runs on into them.
            var last = first;
            while (last + 1 < words.Count && matches.Any(m =>
                m.Overlaps(words.StartOf(first), words.EndOf(last)) && m.Overlaps(words.StartOf(last + 1), words.EndOf(last + 1))))
            {
                last++;
            }

            var (from, to) = (words.StartOf(first), words.EndOf(last));
            var inside = matches.Select(m => m.Within(from, to)).OfType<PiiMatch>().ToList();
            redacted.Add(new TranscriptWord(PiiRedactor.Replace(text[from..to], inside), words[first].Start, words[last].End));
            first = last + 1;
        }

        return redacted;
    }
}
