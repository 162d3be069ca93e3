using CallCoach.Analyze.Keywords;
using CallCoach.Core.Transcripts;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// Chooses each keyphrase's spotting threshold on transcribed tuning calls whose segments carry every detection
/// the keyword search made, however weak. A threshold is judged by the hits the analysis would then count (text
/// hits plus spotted ones beyond them), against the reference: a false alarm costs twice what a catch gains,
/// because a coaching number built on keywords nobody said is worse than one that misses a few.
/// </summary>
public sealed class KeywordThresholdTuner(KeywordLexicon lexicon)
{
    public const int Off = int.MaxValue;
    private const int FalseAlarmCost = 2;
    private const int Steps = 60;

    public sealed record TuningCall(IReadOnlyList<TranscriptSegment> Segments, IReadOnlyDictionary<string, int> Expected);

    public sealed record Tally(int Expected, int Found, int Correct)
    {
        public double Precision => Found == 0 ? 1 : (double)Correct / Found;
        public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
        public int Objective => Correct - FalseAlarmCost * (Found - Correct);
    }

    public IReadOnlyDictionary<string, int> Tune(IReadOnlyList<TuningCall> calls, IReadOnlyList<string> phrases)
    {
        var scores = calls.SelectMany(c => c.Segments).SelectMany(s => s.Spotted).ToLookup(k => k.Phrase, k => k.Score);

        // One shared threshold first: it is what phrases the tuning calls say nothing about keep.
        var shared = Best(Candidates(scores.SelectMany(g => g)), t => Score(calls, phrases.ToDictionary(p => p, _ => t)));
        var thresholds = phrases.ToDictionary(p => p, _ => shared);

        // Then each phrase the calls have evidence on (it was said, or the search fired on it), twice round.
        var expectedTerms = calls.SelectMany(c => c.Expected.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var evidenced = phrases.Where(p => scores.Contains(p) || expectedTerms.Contains(p)).ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var phrase in evidenced)
            {
                thresholds[phrase] = Best(Candidates(scores[phrase]), t => Score(calls, new Dictionary<string, int>(thresholds) { [phrase] = t }));
            }
        }

        return thresholds;
    }

    /// <summary>The analysis's hits on every call with spotted keywords held to <paramref name="thresholds"/>.</summary>
    public Tally Score(IReadOnlyList<TuningCall> calls, IReadOnlyDictionary<string, int> thresholds)
    {
        int expected = 0, found = 0, correct = 0;
        foreach (var call in calls)
        {
            var segments = call.Segments
                .Select(s => s with { Spotted = [.. s.Spotted.Where(k => k.Score >= thresholds.GetValueOrDefault(k.Phrase, Off))] })
                .ToList();
            var hits = KeywordMatcher.FindHits(lexicon, segments).CountBy(h => h.Term).ToDictionary(StringComparer.OrdinalIgnoreCase);
            expected += call.Expected.Values.Sum();
            found += hits.Values.Sum();
            correct += hits.Sum(h => Math.Min(h.Value, call.Expected.GetValueOrDefault(h.Key)));
        }

        return new Tally(expected, found, correct);
    }

    /// <summary>Off, then quantiles of the observed scores from the strictest down.</summary>
    private static IEnumerable<int> Candidates(IEnumerable<int> observed)
    {
        var sorted = observed.Distinct().OrderDescending().ToArray();
        yield return Off;
        for (var i = 0; i < Math.Min(Steps, sorted.Length); i++)
        {
            yield return sorted[(int)((long)i * (sorted.Length - 1) / Math.Max(1, Math.Min(Steps, sorted.Length) - 1))];
        }
    }

    /// <summary>The candidate with the best objective; on a tie the stricter, which the candidates' order puts first.</summary>
    private static int Best(IEnumerable<int> candidates, Func<int, Tally> score)
    {
        var best = Off;
        var bestObjective = int.MinValue;
        foreach (var candidate in candidates)
        {
            var objective = score(candidate).Objective;
            if (objective > bestObjective)
            {
                (best, bestObjective) = (candidate, objective);
            }
        }

        return best;
    }
}
