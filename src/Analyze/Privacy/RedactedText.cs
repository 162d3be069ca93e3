namespace CallCoach.Analyze.Privacy;

/// <summary>A text with its personal data replaced, and what was replaced, as char ranges of the original text.</summary>
public sealed record RedactedText(string Text, IReadOnlyList<PiiMatch> Matches);
