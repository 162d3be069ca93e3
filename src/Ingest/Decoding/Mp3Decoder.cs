using CallCoach.Core.Audio;
using NLayer;

namespace CallCoach.Ingest.Decoding;

internal static class Mp3Decoder
{
    public static DecodedAudio Decode(string path, CancellationToken ct)
    {
        MpegFile file;
        try
        {
            file = new MpegFile(path);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new UnreadableRecordingException($"not a readable MP3 file: {e.Message}", e);
        }

        using (file)
        {
            if (file.SampleRate <= 0 || file.Channels <= 0)
            {
                throw new UnreadableRecordingException("not a readable MP3 file: no MPEG audio frames found");
            }

            try
            {
                var source = new NLayerSampleProvider(file);
                var audio = AudioNormalizer.Normalize(source, sourceFrames: 0, ct);
                return audio with { DurationSeconds = (double)source.SamplesRead / file.Channels / file.SampleRate };
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException)
            {
                throw new UnreadableRecordingException($"corrupt MP3 stream: {e.Message}", e);
            }
        }
    }
}
