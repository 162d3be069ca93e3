namespace CallCoach.Transcribe.Azure;

public sealed class AzureSpeechRecognizerFactory(AzureSpeechClient client) : ISpeechRecognizerFactory
{
    public ISpeechRecognizer Create() => new AzureSpeechRecognizer(client);
}
