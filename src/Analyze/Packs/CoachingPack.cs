namespace CallCoach.Analyze.Packs;

/// <summary>
/// A minimum intervention pack: for the rep's weakest axis, one benchmark clip, one response template and one
/// role-play, with why this axis (score, team median, the calls that lowered it).
/// </summary>
public sealed record CoachingPack(
    Guid Id,
    string RepId,
    string? RepName,
    string? TeamId,
    string Week,
    DateTimeOffset CreatedAt,
    string Trigger,
    PackReason Why,
    BenchmarkClip? Clip,
    PlaybookTemplate Template,
    RolePlay RolePlay);

/// <summary>Why this axis: the rep's score, the team median and the gap, and the rep's calls that lowered it.</summary>
public sealed record PackReason(string Axis, int Score, double? TeamMedian, double? Gap, string? ObjectionType, IReadOnlyList<PackEvidenceCall> EvidenceCalls);

public sealed record PackEvidenceCall(Guid CallId, double Score);

/// <summary>
/// A stretch of another rep's top-scoring call on the axis. AudioUrl is null when the call was a transcript only:
/// then the transcript excerpt is the clip.
/// </summary>
public sealed record BenchmarkClip(Guid CallId, string RepId, double CallScore, double Start, double End, string? AudioUrl, IReadOnlyList<ClipLine> Transcript)
{
    public double DurationSeconds => Math.Round(End - Start, 2);
}

public sealed record ClipLine(string Speaker, double Start, double End, string Text);

/// <summary>The customer's lines are the rep's own objections as they were said; the answers come from the playbook.</summary>
public sealed record RolePlay(string? ObjectionType, IReadOnlyList<RolePlayLine> Lines);

public sealed record RolePlayLine(string Customer, string ModelAnswer, Guid? FromCallId, int? SegmentIndex);
