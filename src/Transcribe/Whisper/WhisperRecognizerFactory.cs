using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Whisper;

public sealed class WhisperRecognizerFactory(IOptions<WhisperOptions> options, WhisperModel model) : ISpeechRecognizerFactory
{
    public ISpeechRecognizer Create() => new WhisperRecognizer(model.CreateProcessor(options.Value));
}
