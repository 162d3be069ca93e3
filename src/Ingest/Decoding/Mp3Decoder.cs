using NLayer;

namespace CallCoach.Ingest.Decoding;

internal static class Mp3Decoder
{
    /// <summary>
    /// Checks that the file is whole MPEG frames, then decodes the whole stream once without keeping it: MP3 has no
    /// reliable length in its header (VBR) and corruption shows only while decoding, so this is how a bad file is
    /// quarantined before it is accepted.
    /// </summary>
    public static AudioFile Probe(string path, CancellationToken ct)
    {
        MpegFrames.Check(path);
        using var decoder = Open(path);
        var format = decoder.Samples.WaveFormat;
        AudioFile.CheckChannels(format.Channels);
        var buffer = new float[format.SampleRate * format.Channels];
        long samples = 0;
        try
        {
            int read;
            while ((read = decoder.Samples.Read(buffer.AsSpan())) > 0)
            {
                ct.ThrowIfCancellationRequested();
                samples += read;
            }
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new UnreadableRecordingException($"corrupt MP3 stream: {e.Message}", e);
        }

        if (samples == 0)
        {
            throw new UnreadableRecordingException("the recording holds no audio samples");
        }

        return new AudioFile(path, AudioFileKind.Mp3, format.Channels, (double)samples / format.Channels / format.SampleRate);
    }

    public static OpenDecoder Open(string path)
    {
        MpegFile file;
        try
        {
            file = new MpegFile(path);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new UnreadableRecordingException($"not a readable MP3 file: {e.Message}", e);
        }

        if (file.SampleRate <= 0 || file.Channels <= 0)
        {
            file.Dispose();
            throw new UnreadableRecordingException("not a readable MP3 file: no MPEG audio frames found");
        }

        return new OpenDecoder(new NLayerSampleProvider(file), file);
    }

    /// <summary>
    /// NLayer reports bad streams with whatever its arithmetic hits (index, argument, null, overflow), so anything it
    /// throws is the file's fault; except cancellation and file-system errors, which leave the file to be retried.
    /// </summary>
    private static bool IsDecoderFailure(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException) && (e is not IOException || e is EndOfStreamException);
}
