using NAudio.Wave;

namespace CallCoach.Ingest.Decoding;

/// <summary>A file's samples as interleaved floats at its own rate, and what must be closed after reading them.</summary>
internal sealed class OpenDecoder(ISampleProvider samples, IDisposable file) : IDisposable
{
    public ISampleProvider Samples { get; } = samples;

    public void Dispose() => file.Dispose();
}
