namespace CallCoach.Core.Analysis;

/// <summary>What the rep did in one segment, by the act taxonomy; `other` is not reported.</summary>
public sealed record ActFinding(string Type, int SegmentIndex, double Confidence);
