using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Decoding;

/// <summary>MP3s as intake sees them: whole frames are read, tags around them are fine, anything else is refused with where it went wrong.</summary>
public sealed class MpegFramesTests(SpeechClip clip) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory folder = new("ingest-mpeg");
    private readonly RecordingReader reader = new(Options.Create(new IngestOptions()));

    private async Task<byte[]> Mp3Async() => await File.ReadAllBytesAsync(await clip.ConvertAsync(folder.File($"{Guid.NewGuid():N}.mp3")));

    private RecordingContent Read(byte[] bytes)
    {
        var path = folder.File($"{Guid.NewGuid():N}.mp3");
        File.WriteAllBytes(path, bytes);
        return reader.Read(path, CallMetadata.None, CancellationToken.None);
    }

    private string Error(byte[] bytes) => Assert.IsAssignableFrom<UnreadableRecordingException>(Record.Exception(() => Read(bytes))).Message;

    [Fact]
    public async Task Mp3WithId3TagsBeforeAndAfterTheFramesIsRead()
    {
        var mp3 = await Mp3Async();
        var id3v1 = new byte[128];
        "TAG"u8.CopyTo(id3v1);

        var plain = Read(mp3);
        var tagged = Read([.. HostileRecordings.Id3(new byte[300], declaredSize: 300), .. new byte[50], .. mp3, .. id3v1]);

        Assert.Equal(plain.DurationSeconds, tagged.DurationSeconds);
        Assert.InRange(tagged.DurationSeconds, SpeechClip.Seconds - 0.05, SpeechClip.Seconds + 0.15);
    }

    [Fact]
    public async Task Mp3CutInsideItsLastFrameIsTruncated()
    {
        var mp3 = await Mp3Async();

        Assert.StartsWith("truncated MP3: frame", Error(mp3[..^7]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageInTheMiddleOfTheFramesIsACorruptStreamNamingWhere()
    {
        var mp3 = await Mp3Async();
        byte[] broken = [.. mp3[..1000], .. HostileRecordings.Garbage(500, 2), .. mp3[1000..]];

        var message = Error(broken);

        Assert.StartsWith("corrupt MP3 stream:", message, StringComparison.Ordinal);
        Assert.Contains("after frame", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageAfterTheLastFrameIsNotTakenForATag()
    {
        var mp3 = await Mp3Async();

        Assert.StartsWith("corrupt MP3 stream:", Error([.. mp3, .. "TAG"u8, .. HostileRecordings.Garbage(2000, 4)]), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
