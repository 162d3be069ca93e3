namespace CallCoach.Transcribe.Segmentation;

/// <summary>
/// Cuts one channel into speech regions as its audio arrives chunk by chunk, holding only the audio not yet settled:
/// at most the longest utterance and one chunk, however long the call. Chunks must start on 10 ms frame boundaries
/// (every chunk but the last a whole number of frames long). Region times count from the start of the call.
/// </summary>
public sealed class StreamingSegmenter(VoiceActivityOptions options, int sampleRate, double noiseFloor)
{
    private short[] buffer = new short[sampleRate * 60];
    private int length;
    private int bufferStart;

    /// <summary>Samples held back because their speech may not be over yet.</summary>
    public int HeldSamples => length;

    /// <summary>The regions this chunk settled, each with its own copy of its samples.</summary>
    public IReadOnlyList<(SpeechRegion Region, short[] Samples)> Push(ReadOnlySpan<short> chunk) => Take(chunk, final: false);

    /// <summary>Every region still held, at the end of the channel.</summary>
    public IReadOnlyList<(SpeechRegion Region, short[] Samples)> Finish() => Take([], final: true);

    private List<(SpeechRegion, short[])> Take(ReadOnlySpan<short> chunk, bool final)
    {
        if (length + chunk.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + chunk.Length));
        }

        chunk.CopyTo(buffer.AsSpan(length));
        length += chunk.Length;

        var held = buffer.AsSpan(0, length);
        var (regions, done) = VoiceActivityDetector.Segment(held, sampleRate, options, noiseFloor, final);
        var settled = new List<(SpeechRegion, short[])>(regions.Count);
        foreach (var r in regions)
        {
            settled.Add((new SpeechRegion(bufferStart + r.Start, bufferStart + r.End), held[r.Start..r.End].ToArray()));
        }

        held[done..].CopyTo(buffer);
        length -= done;
        bufferStart += done;
        return settled;
    }
}
