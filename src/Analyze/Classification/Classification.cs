namespace CallCoach.Analyze.Classification;

/// <summary>A classifier's answer for one utterance; confidence is the winning label's probability.</summary>
public sealed record Classification(string Label, double Confidence);
