using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Keywords;

/// <summary>
/// Finds every lexicon term in every segment, keeping where each was heard. Where terms overlap the longest
/// wins, so "renewal rate" is one hit, not also a "renewal", and 试用期 is not also a 试用.
/// Keyphrases the recognizer's keyword search spotted in a segment add hits only beyond what the segment's text
/// already shows for the same concept: spotting fills in what the transcript misheard, never counts a term twice.
/// </summary>
public static class KeywordMatcher
{
    public static IReadOnlyList<KeywordHit> FindHits(KeywordLexicon lexicon, IReadOnlyList<TranscriptSegment> segments)
    {
        var hits = new List<KeywordHit>();
        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            var inText = InText(lexicon, segment, index);
            hits.AddRange(inText);
            hits.AddRange(SpottedBeyondText(lexicon, segment, index, inText));
        }

        return hits;
    }

    private static List<KeywordHit> InText(KeywordLexicon lexicon, TranscriptSegment segment, int index)
    {
        var candidates = lexicon.Terms
            .SelectMany(term => term.Pattern.Matches(segment.Text).Select(m => (term, m.Index, m.Length)))
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Index);
        var taken = new List<(int Start, int End, KeywordTerm Term)>();
        foreach (var (term, start, length) in candidates)
        {
            if (!taken.Any(t => start < t.End && t.Start < start + length))
            {
                taken.Add((start, start + length, term));
            }
        }

        return [.. taken.OrderBy(t => t.Start).Select(t => new KeywordHit(t.Term.Term, t.Term.Concept, index, segment.Start))];
    }

    private static IEnumerable<KeywordHit> SpottedBeyondText(KeywordLexicon lexicon, TranscriptSegment segment, int index, List<KeywordHit> inText)
    {
        if (segment.Spotted.Count == 0)
        {
            return [];
        }

        // The longest of overlapping detections stands, as in text: "renewal rate" spotted is not also a "renewal".
        var spotted = new List<(SpottedKeyword Keyword, KeywordTerm Term)>();
        foreach (var (keyword, term) in segment.Spotted
                     .Select(k => (k, Term: lexicon.Terms.FirstOrDefault(t => string.Equals(t.Term, k.Phrase, StringComparison.OrdinalIgnoreCase))))
                     .Where(s => s.Term is not null)
                     .OrderByDescending(s => s.k.End - s.k.Start))
        {
            if (!spotted.Any(s => keyword.Start < s.Keyword.End && s.Keyword.Start < keyword.End))
            {
                spotted.Add((keyword, term!));
            }
        }

        return spotted
            .GroupBy(s => s.Term.Concept)
            .SelectMany(g => g.OrderBy(s => s.Keyword.Start).Skip(inText.Count(h => h.Concept == g.Key)))
            .OrderBy(s => s.Keyword.Start)
            .Select(s => new KeywordHit(s.Term.Term, s.Term.Concept, index, s.Keyword.Start));
    }

    public static IReadOnlyList<KeywordCount> Count(IReadOnlyList<KeywordHit> hits) =>
        [.. hits.GroupBy(h => h.Term)
            .Select(g => new KeywordCount(g.Key, g.Count()))
            .OrderByDescending(k => k.Count)
            .ThenBy(k => k.Term, StringComparer.Ordinal)];
}
