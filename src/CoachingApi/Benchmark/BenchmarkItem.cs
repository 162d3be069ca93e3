using CallCoach.Transcribe.Evaluation;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// One audio file and what was really said in it: the whole call's text, or the rep's and the customer's
/// separately (speaker-attributed), or both; and, when known, who spoke when.
/// </summary>
public sealed record BenchmarkItem(
    string AudioPath,
    string? Reference,
    string? RepReference,
    string? CustomerReference,
    IReadOnlyList<SpeakerTurn>? SpeakerTurns = null)
{
    public bool IsSpeakerAttributed => RepReference is not null && CustomerReference is not null;
}
