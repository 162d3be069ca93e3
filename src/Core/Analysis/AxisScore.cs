namespace CallCoach.Core.Analysis;

/// <summary>
/// One call's score on one capability axis, 0–100, with the items it is made of; an axis that does not apply to the
/// call (objection handling in a call without objections) has no score. See docs/radar.md.
/// </summary>
public sealed record AxisScore(string Axis, double? Score, IReadOnlyList<ScoreItem> Items);

/// <summary>One item of an axis score: the points earned of those possible, and the segments that earned or cost them.</summary>
public sealed record ScoreItem(string Item, double Points, double Max, IReadOnlyList<int> Segments);
