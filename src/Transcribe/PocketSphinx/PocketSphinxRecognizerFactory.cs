using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.PocketSphinx;

public sealed class PocketSphinxRecognizerFactory(IOptions<PocketSphinxOptions> options) : ISpeechRecognizerFactory
{
    public ISpeechRecognizer Create() => new PocketSphinxRecognizer(options.Value);
}
