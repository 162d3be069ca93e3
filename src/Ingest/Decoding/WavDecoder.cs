using CallCoach.Core.Audio;
using NAudio.Wave;

namespace CallCoach.Ingest.Decoding;

internal static class WavDecoder
{
    public static DecodedAudio Decode(string path, CancellationToken ct)
    {
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(path);
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw new UnreadableRecordingException($"not a readable WAV file: {e.Message}", e);
        }

        using (reader)
        {
            var format = reader.WaveFormat;
            if (format.Encoding is not (WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat or WaveFormatEncoding.Extensible)
                || (format.Encoding == WaveFormatEncoding.Pcm && format.BitsPerSample is not (8 or 16 or 24 or 32)))
            {
                throw new UnreadableRecordingException($"unsupported WAV encoding {format.Encoding} at {format.BitsPerSample} bits");
            }

            // NAudio trusts the header; a copy cut short is caught here rather than analysed as a shorter call.
            var (dataOffset, declared) = RiffDataChunk.Locate(path);
            var available = new FileInfo(path).Length - dataOffset;
            if (declared > available)
            {
                throw new UnreadableRecordingException(
                    $"truncated WAV: the header declares {declared} bytes of audio but the file holds {Math.Max(0, available)}");
            }

            var frames = reader.Length / format.BlockAlign;
            if (frames == 0)
            {
                throw new UnreadableRecordingException("the WAV file holds no audio samples");
            }

            try
            {
                return AudioNormalizer.Normalize(reader.ToSampleProvider(), frames, ct);
            }
            catch (ArgumentException e)
            {
                throw new UnreadableRecordingException($"unsupported WAV format: {e.Message}", e);
            }
        }
    }
}
