using CallCoach.Core.Audio;
using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace CallCoach.Ingest.Decoding;

/// <summary>Turns any interleaved float source into one 16 kHz 16-bit buffer per channel, the form recognizers take.</summary>
internal static class AudioNormalizer
{
    public static DecodedAudio Normalize(ISampleProvider source, long sourceFrames, CancellationToken ct)
    {
        var format = source.WaveFormat;
        if (format.Channels is < 1 or > 2)
        {
            throw new UnreadableRecordingException($"{format.Channels} channels: only mono and stereo recordings are supported");
        }

        ISampleProvider resampled = format.SampleRate == DecodedAudio.RecognitionSampleRate
            ? source
            : new WdlResamplingSampleProvider(source, DecodedAudio.RecognitionSampleRate);

        var channels = format.Channels;
        var expected = (int)Math.Min(int.MaxValue, sourceFrames * DecodedAudio.RecognitionSampleRate / Math.Max(1, format.SampleRate) + 1024);
        var outputs = Enumerable.Range(0, channels).Select(_ => new List<short>(expected)).ToArray();
        var buffer = new float[DecodedAudio.RecognitionSampleRate * channels];
        int read;
        while ((read = resampled.Read(buffer.AsSpan())) > 0)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < read; i++)
            {
                outputs[i % channels].Add(ToPcm16(buffer[i]));
            }
        }

        var durationSeconds = sourceFrames > 0
            ? (double)sourceFrames / format.SampleRate
            : (double)outputs[0].Count / DecodedAudio.RecognitionSampleRate;
        if (outputs[0].Count == 0 || durationSeconds <= 0)
        {
            throw new UnreadableRecordingException("the recording holds no audio samples");
        }

        return new DecodedAudio(DecodedAudio.RecognitionSampleRate, [.. outputs.Select(o => o.ToArray())], durationSeconds);
    }

    private static short ToPcm16(float sample) => (short)Math.Clamp(MathF.Round(sample * 32767f), short.MinValue, short.MaxValue);
}
