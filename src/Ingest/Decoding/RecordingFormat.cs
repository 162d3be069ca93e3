namespace CallCoach.Ingest.Decoding;

/// <summary>What a file holds, as <see cref="ContentSniffer"/> reads it from its first bytes; the name does not count.</summary>
public enum RecordingFormat
{
    Unknown,
    Wav,
    Mp3,
    WebVtt,
    Srt,
}

public static class RecordingFormatExtensions
{
    /// <summary>The extension a file of this format is archived under, whatever it was called when it arrived.</summary>
    public static string FileExtension(this RecordingFormat format) => format switch
    {
        RecordingFormat.Wav => ".wav",
        RecordingFormat.Mp3 => ".mp3",
        RecordingFormat.WebVtt => ".vtt",
        RecordingFormat.Srt => ".srt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown content has no extension"),
    };
}
