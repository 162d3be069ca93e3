namespace CallCoach.Transcribe;

/// <summary>
/// An engine that can also run a keyword-spotting search over an utterance it has just recognised. Spotting
/// catches business terms the language-model transcript misheard; times are relative to the utterance's start.
/// </summary>
public interface IKeywordSpotter
{
    IReadOnlyList<RecognizedKeyword> Spot(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct);
}

public sealed record RecognizedKeyword(string Phrase, double Start, double End, int Score);
