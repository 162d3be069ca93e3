using NAudio.Wave;

namespace CallCoach.Ingest.Decoding;

internal static class WavDecoder
{
    /// <summary>Checks the header and the length without decoding the audio, which is read later in chunks.</summary>
    public static AudioFile Probe(string path)
    {
        // NAudio trusts the header; every size and format field is checked against the file first (RiffLayout), so a
        // copy cut short is caught here rather than analysed as a shorter call, and a lying size never allocates.
        var layout = RiffLayout.Read(path);
        using var reader = OpenReader(path);
        var format = reader.WaveFormat;
        if (format.Encoding is not (WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat or WaveFormatEncoding.Extensible)
            || (format.Encoding == WaveFormatEncoding.Pcm && format.BitsPerSample is not (8 or 16 or 24 or 32)))
        {
            throw new UnreadableRecordingException($"unsupported WAV encoding {format.Encoding} at {format.BitsPerSample} bits");
        }

        try
        {
            _ = reader.ToSampleProvider();
        }
        catch (ArgumentException e)
        {
            throw new UnreadableRecordingException($"unsupported WAV format: {e.Message}", e);
        }

        var frames = layout.DataLength / format.BlockAlign;
        return new AudioFile(path, AudioFileKind.Wav, format.Channels, (double)frames / format.SampleRate);
    }

    public static OpenDecoder Open(string path)
    {
        var reader = OpenReader(path);
        return new OpenDecoder(reader.ToSampleProvider(), reader);
    }

    private static WaveFileReader OpenReader(string path)
    {
        try
        {
            return new WaveFileReader(path);
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw new UnreadableRecordingException($"not a readable WAV file: {e.Message}", e);
        }
    }
}
