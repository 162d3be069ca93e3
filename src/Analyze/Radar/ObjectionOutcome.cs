using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// How one customer objection went: the fitting rep acts within the next two rep turns, and whether the customer
/// raised the same type again later in the call. Handled means answered and not raised again.
/// </summary>
public sealed record ObjectionOutcome(ObjectionFinding Objection, IReadOnlyList<int> AnsweredIn, IReadOnlyList<int> RaisedAgainIn)
{
    public bool Answered => AnsweredIn.Count > 0;

    public bool Handled => Answered && RaisedAgainIn.Count == 0;

    public static IReadOnlyList<ObjectionOutcome> Of(CallScoringInput call)
    {
        var runs = SpeakerRun.Of(call.Segments);
        var runOf = runs.SelectMany((run, r) => run.Segments.Select(s => (s, r))).ToDictionary(p => p.s, p => p.r);
        var outcomes = new List<ObjectionOutcome>();
        foreach (var objection in call.Objections.OrderBy(o => call.Segments[o.SegmentIndex].Start).ThenBy(o => o.SegmentIndex))
        {
            if (!runOf.TryGetValue(objection.SegmentIndex, out var at))
            {
                continue;
            }

            var nextRepTurns = runs.Skip(at + 1).Where(r => r.Speaker == Speaker.Rep).Take(2).SelectMany(r => r.Segments).ToHashSet();
            var fitting = FittingResponses.For(objection.Type);
            var answered = call.Acts.Where(a => nextRepTurns.Contains(a.SegmentIndex) && fitting.Contains(a.Type)).Select(a => a.SegmentIndex).Distinct().Order();
            var again = call.Objections
                .Where(o => o.Type == objection.Type && runOf.TryGetValue(o.SegmentIndex, out var later) && later > at)
                .Select(o => o.SegmentIndex).Distinct().Order();
            outcomes.Add(new ObjectionOutcome(objection, [.. answered], [.. again]));
        }

        return outcomes;
    }
}
