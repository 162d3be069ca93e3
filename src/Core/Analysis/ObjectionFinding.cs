namespace CallCoach.Core.Analysis;

/// <summary>A customer objection, tied to the segment it was raised in.</summary>
public sealed record ObjectionFinding(string Type, int SegmentIndex, string Text, double Confidence);
