using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Radar;

/// <summary>What a call's axis scores are computed from: its turns and what Analyze found in them.</summary>
public sealed record CallScoringInput(
    IReadOnlyList<TranscriptSegment> Segments,
    IReadOnlyList<ObjectionFinding> Objections,
    IReadOnlyList<ActFinding> Acts,
    ConversationMetrics Metrics)
{
    private IReadOnlyList<ObjectionOutcome>? outcomes;

    /// <summary>How each objection went; worked out once, since both the handled flags and the objection score need it.</summary>
    public IReadOnlyList<ObjectionOutcome> Outcomes => outcomes ??= ObjectionOutcome.Of(this);

    public IReadOnlyList<int> SegmentsOf(string act) => [.. Acts.Where(a => a.Type == act).Select(a => a.SegmentIndex).Distinct().Order()];
}
