namespace CallCoach.Transcribe.Evaluation;

/// <summary>
/// Diarization error rate: (missed speech + false alarm + speaker confusion) / reference speech time. Speakers are
/// compared by name (case-insensitively), not by the best mapping of clusters to people: CallCoach names its
/// turns "rep" and "customer", so a call whose rep and customer are swapped scores as the error it is.
/// Time within <c>collar</c> seconds of a reference turn's start or end is not scored, since nobody can say to the
/// hundredth of a second where speech starts.
/// </summary>
public static class DiarizationErrorRate
{
    /// <summary>The collar `callcoach bench asr` scores with, as in NIST's md-eval.</summary>
    public const double StandardCollarSeconds = 0.25;

    public static DiarizationScore Score(IReadOnlyList<SpeakerTurn> reference, IReadOnlyList<SpeakerTurn> hypothesis, double collarSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(collarSeconds);
        var boundaries = reference.SelectMany(t => new[] { t.Start, t.End }).ToArray();
        var cuts = boundaries
            .SelectMany(b => new[] { b - collarSeconds, b + collarSeconds })
            .Concat(boundaries)
            .Concat(hypothesis.SelectMany(t => new[] { t.Start, t.End }))
            .Where(t => t >= 0)
            .Distinct()
            .Order()
            .ToArray();

        double scored = 0, missed = 0, falseAlarm = 0, confusion = 0;
        for (var i = 1; i < cuts.Length; i++)
        {
            // Between two consecutive cuts nothing changes, so the midpoint speaks for the whole piece.
            var (length, middle) = (cuts[i] - cuts[i - 1], (cuts[i] + cuts[i - 1]) / 2);
            if (boundaries.Any(b => Math.Abs(middle - b) < collarSeconds))
            {
                continue;
            }

            var said = Speaking(reference, middle);
            var heard = Speaking(hypothesis, middle);
            var (saidCount, heardCount) = (said.Count, heard.Count);
            var matched = 0;
            foreach (var speaker in said)
            {
                // Each hypothesis turn answers for one reference speaker at most.
                if (heard.Remove(speaker))
                {
                    matched++;
                }
            }

            scored += length * saidCount;
            missed += length * Math.Max(0, saidCount - heardCount);
            falseAlarm += length * Math.Max(0, heardCount - saidCount);
            confusion += length * (Math.Min(saidCount, heardCount) - matched);
        }

        return new DiarizationScore(scored, missed, falseAlarm, confusion);
    }

    /// <summary>
    /// Truth from outside CallCoach names its speakers anonymously ("speaker90"); then the hypothesis's speakers are
    /// mapped one-to-one onto the reference's in the way that scores best, as md-eval does, and only when the truth
    /// itself says "rep" and "customer" are names compared as they are.
    /// </summary>
    public static DiarizationScore ScoreByRoleOrBestMapping(IReadOnlyList<SpeakerTurn> reference, IReadOnlyList<SpeakerTurn> hypothesis, double collarSeconds)
    {
        var roles = new[] { "rep", "customer" };
        var said = reference.Select(t => t.Speaker.ToLowerInvariant()).Distinct().ToList();
        if (said.All(roles.Contains))
        {
            return Score(reference, hypothesis, collarSeconds);
        }

        var heard = hypothesis.Select(t => t.Speaker.ToLowerInvariant()).Distinct().ToList();
        return Mappings(heard, said)
            .Select(map => Score(reference, [.. hypothesis.Select(t => t with { Speaker = map[t.Speaker.ToLowerInvariant()] })], collarSeconds))
            .MinBy(s => s.ErrorSeconds)!;
    }

    /// <summary>Every one-to-one naming of the heard speakers by said ones; a heard speaker left over keeps a name no one said.</summary>
    private static IEnumerable<Dictionary<string, string>> Mappings(List<string> heard, List<string> said)
    {
        if (heard.Count == 0)
        {
            yield return [];
            yield break;
        }

        var first = heard[0];
        foreach (var name in said.Append($"unmatched:{first}"))
        {
            foreach (var rest in Mappings(heard[1..], [.. said.Where(s => s != name)]))
            {
                rest[first] = name;
                yield return rest;
            }
        }
    }

    /// <summary>The speakers talking at <paramref name="time"/>, once per turn, lower-cased.</summary>
    private static List<string> Speaking(IReadOnlyList<SpeakerTurn> turns, double time) =>
        [.. turns.Where(t => t.Start <= time && time < t.End).Select(t => t.Speaker.ToLowerInvariant())];
}
