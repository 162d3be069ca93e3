using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Keywords;

/// <summary>
/// Finds every lexicon term in every segment, keeping where each was heard. Where terms overlap the longest
/// wins, so "renewal rate" is one hit, not also a "renewal", and 试用期 is not also a 试用.
/// </summary>
public static class KeywordMatcher
{
    public static IReadOnlyList<KeywordHit> FindHits(KeywordLexicon lexicon, IReadOnlyList<TranscriptSegment> segments)
    {
        var hits = new List<KeywordHit>();
        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
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

            hits.AddRange(taken.OrderBy(t => t.Start).Select(t => new KeywordHit(t.Term.Term, t.Term.Concept, index, segment.Start)));
        }

        return hits;
    }

    public static IReadOnlyList<KeywordCount> Count(IReadOnlyList<KeywordHit> hits) =>
        [.. hits.GroupBy(h => h.Term)
            .Select(g => new KeywordCount(g.Key, g.Count()))
            .OrderByDescending(k => k.Count)
            .ThenBy(k => k.Term, StringComparer.Ordinal)];
}
