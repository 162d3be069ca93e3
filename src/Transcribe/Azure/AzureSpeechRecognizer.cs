namespace CallCoach.Transcribe.Azure;

/// <summary>Sends each utterance to Azure Speech; nothing is kept between calls, so there is nothing to dispose.</summary>
internal sealed class AzureSpeechRecognizer(AzureSpeechClient client) : ISpeechRecognizer
{
    public async Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        if (sampleRate != 16_000)
        {
            throw new ArgumentException("Azure's short-audio API takes 16 kHz audio", nameof(sampleRate));
        }

        var result = await client.RecognizeAsync(WavFile.Pcm16Mono(utterance.Span, sampleRate), ct);
        return result.ToWords();
    }

    public void Dispose()
    {
    }
}
