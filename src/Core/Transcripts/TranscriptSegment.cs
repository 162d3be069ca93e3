using CallCoach.Core.Calls;

namespace CallCoach.Core.Transcripts;

/// <summary>One speaker turn; times are seconds from the start of the call.</summary>
public sealed record TranscriptSegment(
    Speaker Speaker,
    double Start,
    double End,
    string Text,
    IReadOnlyList<TranscriptWord> Words)
{
    /// <summary>Keyphrases spotted in this turn's audio by a second search, where the engine has one.</summary>
    public IReadOnlyList<SpottedKeyword> Spotted { get; init; } = [];
}
