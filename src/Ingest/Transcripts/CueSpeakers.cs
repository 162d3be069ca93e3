using CallCoach.Core.Calls;

namespace CallCoach.Ingest.Transcripts;

/// <summary>
/// Decides who is the rep in a transcript. A voice named like the sidecar's repName or repId is the rep and every
/// other voice a customer. Without such a match the first voice is taken as the rep, because reps open sales calls;
/// see docs/decisions/004-transcript-speakers.md. Cues with no voice stay unknown.
/// </summary>
internal static class CueSpeakers
{
    public static Func<string?, Speaker> Resolve(IReadOnlyList<TranscriptCue> cues, CallMetadata metadata)
    {
        var voices = cues.Select(c => c.Voice).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rep = voices.FirstOrDefault(v => Matches(v, metadata.RepName) || Matches(v, metadata.RepId)) ?? voices.FirstOrDefault();
        return voice => voice is null ? Speaker.Unknown
            : string.Equals(voice, rep, StringComparison.OrdinalIgnoreCase) ? Speaker.Rep
            : Speaker.Customer;
    }

    private static bool Matches(string voice, string? name) =>
        !string.IsNullOrWhiteSpace(name) && string.Equals(voice.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
}
