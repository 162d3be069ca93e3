namespace CallCoach.Core.Privacy;

/// <summary>
/// What redaction took out of a call's transcript: the spans, and the original text of each redacted segment by its
/// index, which is only filled when the deployment chose to keep it (`Privacy:Redaction:StoreOriginal`).
/// </summary>
public sealed record TranscriptRedaction(IReadOnlyList<RedactionSpan> Spans, IReadOnlyDictionary<int, string> OriginalTexts)
{
    public static TranscriptRedaction None { get; } = new([], new Dictionary<int, string>());
}
