using System.Buffers.Binary;
using CallCoach.Core.Audio;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;

namespace CallCoach.Ingest.Tests.Decoding;

public sealed class ClipWriterTests : IDisposable
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

    public void Dispose() => folder.Dispose();
}
