using System.Buffers.Binary;
using CallCoach.Core.Audio;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;

namespace CallCoach.Ingest.Tests.Decoding;

public sealed class ClipWriterTests(SpeechClip speech) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory folder = new("clip-writer");

    /// <summary>Three seconds of stereo where every sample says which frame it is: left +n, right −n (mod 30000).</summary>
    private static DecodedAudio Numbered()
    {
        var frames = 3 * 16000;
        var left = Enumerable.Range(0, frames).Select(i => (short)(i % 30000)).ToArray();
        var right = left.Select(s => (short)-s).ToArray();
        return new DecodedAudio(16000, [left, right], 3.0);
    }

    [Fact]
    public async Task TheClipHoldsExactlyTheAskedStretchOfEveryChannel()
    {
        var path = folder.File("clip.wav");

        var seconds = await ClipWriter.WriteAsync(Numbered(), 1.0, 1.5, [], path, CancellationToken.None);

        var wav = await File.ReadAllBytesAsync(path);
        Assert.Equal(0.5, seconds);
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(22)));
        Assert.Equal(16000u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(24)));
        Assert.Equal(8000 * 4u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)));
        Assert.Equal(44 + 8000 * 4, wav.Length);
        Assert.Equal((16000, -16000), (BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44)), BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(46))));
        Assert.Equal(23999, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(wav.Length - 4)));
        Assert.Equal(8000, await SpeechClip.FramesAsync(path));
    }

    [Fact]
    public async Task AClipRunningPastTheEndStopsAtTheEnd()
    {
        var seconds = await ClipWriter.WriteAsync(Numbered(), 2.5, 9.0, [], folder.File("tail.wav"), CancellationToken.None);

        Assert.Equal(0.5, seconds);
    }

    [Fact]
    public async Task AClipOutsideTheRecordingIsRefusedAndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ClipWriter.WriteAsync(Numbered(), 5, 9, [], folder.File("none.wav"), CancellationToken.None));

        Assert.False(File.Exists(folder.File("none.wav")));
    }

    [Fact]
    public async Task BleepedStretchesAreAPureToneAndTheRestOfTheClipIsTheRecordingUnchanged()
    {
        var recording = WavDecoder.Probe(speech.Path);
        var source = recording.ReadAll().Channels[0];
        var path = folder.File("bleeped.wav");

        // The clip is 0.5–2.5 s of the recording; the bleeps, in the recording's seconds, start before the clip
        // (0.3–0.7 s) and inside it (1.0–1.5 s), where the speech is.
        await ClipWriter.WriteAsync(recording, 0.5, 2.5, [(0.3, 0.7), (1.0, 1.5)], path, CancellationToken.None);

        var wav = await File.ReadAllBytesAsync(path);
        var clip = new short[(wav.Length - 44) / 2];
        for (var i = 0; i < clip.Length; i++)
        {
            clip[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + 2 * i));
        }

        const int rate = 16000;
        Assert.Equal(2 * rate, clip.Length);
        Assert.True(source.AsSpan(rate, rate / 2).ToArray().Max(s => Math.Abs((int)s)) > 1000, "the source is speech there, not silence");
        Assert.True(ToneMeter.Share(source.AsSpan(rate, rate / 2), ClipWriter.BleepHertz, rate) < 0.1, "the source is speech there, not a tone");
        Assert.True(ToneMeter.Share(clip.AsSpan(0, rate / 5), ClipWriter.BleepHertz, rate) > 0.99);
        Assert.True(ToneMeter.Share(clip.AsSpan(rate / 2, rate / 2), ClipWriter.BleepHertz, rate) > 0.99);
        Assert.InRange(clip.AsSpan(rate / 2, rate / 2).ToArray().Max(s => Math.Abs((int)s)), 0.24 * short.MaxValue, 0.26 * short.MaxValue);
        Assert.Equal(source.AsSpan(rate * 7 / 10, rate * 3 / 10).ToArray(), clip.AsSpan(rate / 5, rate * 3 / 10).ToArray());
        Assert.Equal(source.AsSpan(rate * 3 / 2).ToArray(), clip.AsSpan(rate).ToArray());
    }

    public void Dispose() => folder.Dispose();
}
