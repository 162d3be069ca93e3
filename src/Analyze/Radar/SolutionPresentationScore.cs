using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;

namespace CallCoach.Analyze.Radar;

/// <summary>An industry success story, ROI logic, and no monologue beyond a minute (none at all beyond 150 s).</summary>
internal static class SolutionPresentationScore
{
    public const double ShortMonologueSeconds = 60;
    public const double LongMonologueSeconds = 150;

    public static AxisScore Score(CallScoringInput call)
    {
        var success = call.SegmentsOf(RepActs.SuccessCase);
        var roi = call.SegmentsOf(RepActs.Roi);
        var longest = SpeakerRun.Of(call.Segments).Where(r => r.Speaker == Speaker.Rep).MaxBy(r => r.Seconds);
        var seconds = longest?.Seconds ?? 0;
        var monologue = 30 * Math.Clamp((LongMonologueSeconds - seconds) / (LongMonologueSeconds - ShortMonologueSeconds), 0, 1);
        return AxisScoring.Sum(RadarAxes.SolutionPresentation,
        [
            new("success case", success.Count > 0 ? 35 : 0, 35, success),
            new("ROI logic", roi.Count > 0 ? 35 : 0, 35, roi),
            new("longest monologue within 60 s", monologue, 30, longest is null ? [] : longest.Segments),
        ]);
    }
}
