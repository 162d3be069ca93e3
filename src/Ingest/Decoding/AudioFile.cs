using CallCoach.Core.Audio;
using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// A checked WAV or MP3 file, decoded and resampled to 16 kHz only as its chunks are read: memory stays the same
/// for a five-minute call and a two-hour one.
/// </summary>
public sealed record AudioFile(string Path, AudioFileKind Kind, int ChannelCount, double DurationSeconds) : IAudioSource
{
    public int SampleRate => DecodedAudio.RecognitionSampleRate;

    public IEnumerable<AudioChunk> ReadChunks(int framesPerChunk, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerChunk);
        using var decoder = Kind == AudioFileKind.Wav ? WavDecoder.Open(Path) : Mp3Decoder.Open(Path);
        ISampleProvider source = decoder.Samples.WaveFormat.SampleRate == SampleRate
            ? decoder.Samples
            : new WdlResamplingSampleProvider(decoder.Samples, SampleRate);
        var buffer = new float[framesPerChunk * ChannelCount];
        long start = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var read = ReadFully(source, buffer);
            var frames = read / ChannelCount;
            if (frames == 0)
            {
                yield break;
            }

            var channels = Enumerable.Range(0, ChannelCount).Select(_ => new short[frames]).ToArray();
            for (var i = 0; i < frames * ChannelCount; i++)
            {
                channels[i % ChannelCount][i / ChannelCount] = ToPcm16(buffer[i]);
            }

            yield return new AudioChunk(start, channels);
            start += frames;
        }
    }

    /// <summary>Providers may return less than asked before the end; a chunk is only short at the very end.</summary>
    private static int ReadFully(ISampleProvider source, float[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = source.Read(buffer.AsSpan(total))) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Refuses what the recognizers cannot take: only mono and stereo calls.</summary>
    internal static void CheckChannels(int channels)
    {
        if (channels is < 1 or > 2)
        {
            throw new UnreadableRecordingException($"{channels} channels: only mono and stereo recordings are supported");
        }
    }

    private static short ToPcm16(float sample) => (short)Math.Clamp(MathF.Round(sample * 32767f), short.MinValue, short.MaxValue);
}

public enum AudioFileKind
{
    Wav,
    Mp3,
}
