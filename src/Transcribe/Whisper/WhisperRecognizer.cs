using CallCoach.Transcribe.Engines;
using Whisper.net;

namespace CallCoach.Transcribe.Whisper;

/// <summary>One Whisper decoding state over the shared model, used by one worker at a time.</summary>
internal sealed class WhisperRecognizer(WhisperProcessor processor) : ISpeechRecognizer
{
    public async Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        if (sampleRate != 16_000)
        {
            throw new ArgumentException("Whisper takes 16 kHz audio", nameof(sampleRate));
        }

        var words = new List<RecognizedWord>();
        var inNote = false;
        await foreach (var segment in processor.ProcessAsync(ToFloat(utterance.Span), ct))
        {
            // Whisper writes what is not speech in brackets ("[BLANK_AUDIO]", "(upbeat music)"); word-level segments
            // can split such a note, so everything from its opening bracket to its closing one is skipped.
            var text = segment.Text.Trim();
            if (inNote || text.StartsWith('[') || text.StartsWith('('))
            {
                inNote = !(text.EndsWith(']') || text.EndsWith(')'));
                continue;
            }

            words.AddRange(TimedWords.Spread(text, segment.Start.TotalSeconds, segment.End.TotalSeconds));
        }

        return words;
    }

    private static float[] ToFloat(ReadOnlySpan<short> samples)
    {
        var result = new float[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            result[i] = samples[i] / 32768f;
        }

        return result;
    }

    public void Dispose() => processor.Dispose();
}
