using CallCoach.Core.Calls;

namespace CallCoach.Core.Transcripts;

/// <summary>One speaker turn; times are seconds from the start of the call.</summary>
public sealed record TranscriptSegment(
    Speaker Speaker,
    double Start,
    double End,
    string Text,
    IReadOnlyList<TranscriptWord> Words);
