using NAudio.Wave;
using NLayer;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Presents NLayer's managed MP3 decoder as a NAudio sample provider. NAudio's own Mp3FileReader needs
/// Windows' ACM codecs, and NLayer.NAudioSupport is not served here, so this small adapter stands in.
/// </summary>
internal sealed class NLayerSampleProvider(MpegFile file) : ISampleProvider
{
    public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(file.SampleRate, file.Channels);

    /// <summary>Interleaved samples decoded so far; NLayer's own length is only an estimate for VBR files.</summary>
    public long SamplesRead { get; private set; }

    private float[] scratch = [];

    public int Read(Span<float> buffer)
    {
        if (scratch.Length < buffer.Length)
        {
            scratch = new float[buffer.Length];
        }

        var read = file.ReadSamples(scratch, 0, buffer.Length);
        scratch.AsSpan(0, read).CopyTo(buffer);
        SamplesRead += read;
        return read;
    }
}
