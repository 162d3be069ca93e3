using CallCoach.Analyze.Radar;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Radar;

/// <summary>Builds a call's scoring input by hand: turns, what was found in them, and the two metrics the scores use.</summary>
internal static class ScoredCall
{
    public static TranscriptSegment Rep(double start, double end, string text = "…") => new(Speaker.Rep, start, end, text, []);

    public static TranscriptSegment Customer(double start, double end, string text = "…") => new(Speaker.Customer, start, end, text, []);

    public static CallScoringInput Of(
        TranscriptSegment[] segments,
        ObjectionFinding[]? objections = null,
        ActFinding[]? acts = null,
        double? repTalkRatio = 0.43,
        double? repWordsPerMinute = 150,
        double? afterObjections = null) =>
        new(segments, objections ?? [], acts ?? [], new ConversationMetrics(
            repTalkRatio, 0, 0, 0, 0, 0, 0, repWordsPerMinute, afterObjections, new PriceNegotiation(null, null, 0, [])));

    public static ActFinding Act(string type, int segment) => new(type, segment, 0.9);

    public static ObjectionFinding Objection(string type, int segment) => new(type, segment, "…", 0.9);

    public static AxisScore Axis(this IReadOnlyList<AxisScore> scores, string axis) => scores.Single(s => s.Axis == axis);
}
