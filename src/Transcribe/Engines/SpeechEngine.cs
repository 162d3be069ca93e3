namespace CallCoach.Transcribe.Engines;

/// <summary>The recognizers CallCoach can run behind <see cref="ISpeechRecognizer"/>; one is chosen in configuration.</summary>
public enum SpeechEngine
{
    PocketSphinx,
    Whisper,
    Azure,
}
