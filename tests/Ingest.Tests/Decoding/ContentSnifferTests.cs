using System.Text;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Decoding;

public sealed class ContentSnifferTests(SpeechClip clip) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory folder = new("ingest-sniff");
    private readonly RecordingReader reader = new(Options.Create(new IngestOptions()));

    private const string Vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Sarah>Our trial period is thirty days.\n";

    private static RecordingFormat Detect(byte[] bytes) => ContentSniffer.Detect(bytes, out _);

    private static string Found(byte[] bytes)
    {
        ContentSniffer.Detect(bytes, out var found);
        return found;
    }

    [Theory]
    [InlineData("call.mp3")]
    [InlineData("call.vtt")]
    [InlineData("call.srt")]
    [InlineData("call")]
    public void WavIsReadAsWavWhateverItIsCalled(string name)
    {
        var path = folder.File(name);
        File.Copy(clip.Path, path);

        var content = reader.Read(path, CallMetadata.None, CancellationToken.None);

        Assert.Equal(RecordingFormat.Wav, content.Format);
        Assert.Equal(AudioFileKind.Wav, content.Audio!.Kind);
        Assert.Equal(SpeechClip.Seconds, content.DurationSeconds);
    }

    [Theory]
    [InlineData("call.wav")]
    [InlineData("call.mp3")]
    [InlineData("call.txt")]
    public void WebVttIsReadAsATranscriptWhateverItIsCalled(string name)
    {
        var path = folder.File(name);
        File.WriteAllText(path, Vtt);

        var content = reader.Read(path, CallMetadata.None, CancellationToken.None);

        Assert.Equal(RecordingFormat.WebVtt, content.Format);
        Assert.Null(content.Audio);
        Assert.Equal("Our trial period is thirty days.", Assert.Single(content.Transcript!).Text);
    }

    [Fact]
    public void SrtIsReadAsATranscriptEvenWhenCalledVtt()
    {
        var path = folder.File("call.vtt");
        File.WriteAllText(path, "1\r\n00:00:00,000 --> 00:00:02,500\r\nHello there.\r\n");

        var content = reader.Read(path, CallMetadata.None, CancellationToken.None);

        Assert.Equal(RecordingFormat.Srt, content.Format);
        Assert.Equal(2.5, content.DurationSeconds);
    }

    [Fact]
    public async Task Mp3WithoutAnId3TagIsFoundByItsFrameSync()
    {
        var mp3 = await clip.ConvertAsync(folder.File("clip.mp3"));
        var bytes = await File.ReadAllBytesAsync(mp3);
        var renamed = folder.File("clip.wav");
        File.Move(mp3, renamed);

        Assert.Equal(0xFF, bytes[0]);
        Assert.Equal(RecordingFormat.Mp3, Detect(bytes));
        Assert.Equal(AudioFileKind.Mp3, reader.Read(renamed, CallMetadata.None, CancellationToken.None).Audio!.Kind);
    }

    [Fact]
    public void WebVttSignatureIsFoundBehindAByteOrderMark()
    {
        Assert.Equal(RecordingFormat.WebVtt, Detect([.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Vtt)]));
        Assert.Equal(RecordingFormat.WebVtt, Detect("WEBVTT"u8.ToArray()));
        Assert.Equal(RecordingFormat.WebVtt, Detect("WEBVTT - Teams export\r\n"u8.ToArray()));
        Assert.Equal(RecordingFormat.Unknown, Detect("WEBVTTX\n"u8.ToArray()));
    }

    [Fact]
    public void Utf16TranscriptIsNotMistakenForMpegAudio()
    {
        // FF FE is a valid MPEG frame sync as well as the UTF-16 byte order mark.
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Vtt)).ToArray();

        Assert.Equal(RecordingFormat.Unknown, Detect(utf16));
        Assert.StartsWith("UTF-16 text", Found(utf16), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0, 2 }, "Ogg audio (Opus or Vorbis)")]
    [InlineData(new byte[] { 0x66, 0x4C, 0x61, 0x43, 0, 0 }, "FLAC audio")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D, 0x34, 0x41 }, "an MP4/M4A container")]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 20, 0 }, "a ZIP archive (or an Office document)")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "a PNG image")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1 }, "an ELF executable")]
    [InlineData(new byte[] { 0xFF, 0xF1, 0x50, 0x80 }, "AAC audio (ADTS)")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x41, 0x56, 0x49, 0x20 }, "a RIFF 'AVI ' file, not WAVE (AVI or WebP, perhaps)")]
    [InlineData(new byte[] { 0x7B, 0x22, 0x72, 0x65, 0x70, 0x22, 0x3A, 0x31, 0x7D }, "JSON text, not a transcript (metadata goes in the sidecar or the metadata field)")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 }, "binary data starting 0001020304050607")]
    public void UnknownContentIsNamedForWhatItIs(byte[] bytes, string found)
    {
        Assert.Equal(RecordingFormat.Unknown, Detect(bytes));
        Assert.Equal(found, Found(bytes));
    }

    [Fact]
    public void OneMpegHeaderFollowedByNoiseIsNotTakenForMp3()
    {
        // A valid first header whose next "frame" is not one is just binary that happens to start with FF FB.
        byte[] bytes = [0xFF, 0xFB, 0x90, 0x64, .. HostileRecordings.Garbage(1000, 1)];

        Assert.Equal(RecordingFormat.Unknown, Detect(bytes));
        Assert.StartsWith("binary data starting FFFB9064", Found(bytes), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
