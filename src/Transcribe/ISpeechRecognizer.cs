namespace CallCoach.Transcribe;

/// <summary>
/// One engine instance, used by one worker at a time. It hears one utterance (a stretch of speech found by the
/// stage's voice-activity detector) and returns its words with times relative to the utterance's start.
/// </summary>
public interface ISpeechRecognizer : IDisposable
{
    Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct);
}

/// <summary>Creates one recognizer per worker, since decoders are neither cheap nor thread-safe.</summary>
public interface ISpeechRecognizerFactory
{
    ISpeechRecognizer Create();
}

public sealed record RecognizedWord(string Text, double Start, double End);
