using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Per objection: 60 for a fitting answer within the next two rep turns, 40 for the objection not coming back;
/// averaged over the call's objections for 85 of the points. The last 15 are for pace: reps speed up after an
/// objection they cannot handle, so a rate after objections up to 10 % over the rep's usual keeps all 15, 35 % over
/// keeps none. A call without objections has no score on this axis.
/// </summary>
internal static class ObjectionHandlingScore
{
    public static AxisScore Score(CallScoringInput call)
    {
        var outcomes = call.Outcomes;
        if (outcomes.Count == 0)
        {
            return new AxisScore(RadarAxes.ObjectionHandling, null, []);
        }

        var share = 0.85 / outcomes.Count;
        var items = new List<ScoreItem>();
        foreach (var outcome in outcomes)
        {
            var type = outcome.Objection.Type;
            var at = outcome.Objection.SegmentIndex;
            items.Add(new($"{type} objection answered", outcome.Answered ? 60 * share : 0, 60 * share, [at, .. outcome.AnsweredIn]));
            items.Add(new($"{type} objection not raised again", outcome.RaisedAgainIn.Count == 0 ? 40 * share : 0, 40 * share, [at, .. outcome.RaisedAgainIn]));
        }

        var pace = call.Metrics.RepWordsPerMinuteAfterObjections is { } after && call.Metrics.RepWordsPerMinute is { } usual && usual > 0
            ? 15 * Math.Clamp((1.35 - after / usual) / 0.25, 0, 1)
            : 15;
        items.Add(new("steady pace after objections", pace, 15, []));
        return AxisScoring.Sum(RadarAxes.ObjectionHandling, items);
    }
}
