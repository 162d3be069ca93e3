using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// A concrete next step with a date or time (70; 35 without one), and the customer not objecting after it (30).
/// </summary>
internal static class ClosingScore
{
    public static AxisScore Score(CallScoringInput call)
    {
        var nextSteps = call.SegmentsOf(RepActs.NextStep);
        var dated = nextSteps.Where(i => DateMention.In(call.Segments[i].Text)).ToList();
        var proposedAt = nextSteps.Count > 0 ? call.Segments[nextSteps[0]].Start : (double?)null;
        var objectedAfter = proposedAt is { } start
            ? call.Objections.Where(o => call.Segments[o.SegmentIndex].Start > start).Select(o => o.SegmentIndex).Distinct().Order().ToList()
            : [];
        return AxisScoring.Sum(RadarAxes.Closing,
        [
            dated.Count > 0
                ? new("next step with a date", 70, 70, dated)
                : new("next step with a date", nextSteps.Count > 0 ? 35 : 0, 70, nextSteps),
            new("no objection after the next step", nextSteps.Count > 0 && objectedAfter.Count == 0 ? 30 : 0, 30, [.. nextSteps.Take(1), .. objectedAfter]),
        ]);
    }
}
