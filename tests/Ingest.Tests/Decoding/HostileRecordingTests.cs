using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Decoding;

public sealed class HostileRecordingTests : IDisposable
{
    private readonly TempDirectory folder = new("ingest-hostile");
    private readonly RecordingReader reader = new(Options.Create(new IngestOptions()));

    public static TheoryData<string> Cases() => [.. HostileRecordings.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void LyingOrBrokenRecordingIsUnreadableWithItsReasonWhateverItIsCalled(string name)
    {
        var (bytes, reason) = HostileRecordings.All[name];
        foreach (var extension in new[] { ".wav", ".mp3", ".vtt", ".bin" })
        {
            var path = folder.File(name + extension);
            File.WriteAllBytes(path, bytes);

            // Nothing but the one exception intake turns into a quarantine reason: no OutOfMemory, no IndexOutOfRange.
            var error = Record.Exception(() => reader.Read(path, CallMetadata.None, CancellationToken.None));

            Assert.IsAssignableFrom<UnreadableRecordingException>(error);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WellFormedWavBuiltTheSameWayIsRead()
    {
        // The cases above are this file with one field changed, so this shows the builder itself is not the problem.
        var path = folder.File("tone.wav");
        File.WriteAllBytes(path, WavBytes.Mono16(WavBytes.Tone(0.5)));

        var content = reader.Read(path, CallMetadata.None, CancellationToken.None);

        Assert.Equal(0.5, content.DurationSeconds);
        Assert.Equal(RecordingFormat.Wav, content.Format);
    }

    [Fact]
    public void WavWithChunksAfterTheDataIsRead()
    {
        var pcm = WavBytes.Tone(0.25);
        var path = folder.File("tagged.wav");
        File.WriteAllBytes(path, WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", pcm), WavBytes.Chunk("LIST", new byte[33])));

        Assert.Equal(0.25, reader.Read(path, CallMetadata.None, CancellationToken.None).DurationSeconds);
    }

    public void Dispose() => folder.Dispose();
}
