namespace CallCoach.Transcribe.Whisper;

public sealed class WhisperOptions
{
    public const string Section = "Transcribe:Whisper";
    public const string Auto = "auto";

    /// <summary>
    /// A ggml Whisper model file from whisper.cpp (ggml-base.bin, ggml-small.bin, …) that the operator supplies;
    /// CallCoach downloads nothing. A relative path is looked up under <c>Data:Models</c>.
    /// </summary>
    public string ModelPath { get; set; } = string.Empty;

    /// <summary>"auto" lets Whisper detect each utterance's language; otherwise a Whisper code such as "en" or "zh".</summary>
    public string Language { get; set; } = Auto;

    /// <summary>Threads per recognizer; 0 keeps whisper.cpp's default (up to 4). Workers × threads should not exceed the cores.</summary>
    public int Threads { get; set; }
}
