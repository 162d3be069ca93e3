namespace CallCoach.Core.Transcripts;

/// <summary>One recognised word; times are seconds from the start of the call.</summary>
public sealed record TranscriptWord(string Text, double Start, double End);
