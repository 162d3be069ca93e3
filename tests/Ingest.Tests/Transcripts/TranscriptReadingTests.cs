using System.Text;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Transcripts;

/// <summary>Transcript files read through <see cref="RecordingReader"/>: who is the rep, and what the call's duration is.</summary>
public sealed class TranscriptReadingTests : IDisposable
{
    private readonly TempDirectory folder = new("ingest-transcripts");
    private readonly RecordingReader reader = new(Options.Create(new IngestOptions()));

    private const string TwoVoices = """
        WEBVTT

        00:00:00.000 --> 00:00:02.000
        <v Tom Becker>Hello, Tom here.

        00:00:02.500 --> 00:00:05.000
        <v Sarah Lee>Hi Tom, this is Sarah from North Star.

        00:00:05.500 --> 00:01:40.000
        <v tom becker>Tell me about the trial period.
        """;

    private RecordingContent ReadText(string name, string text, CallMetadata metadata)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return reader.Read(path, metadata, CancellationToken.None);
    }

    [Fact]
    public void RepNameFromTheMetadataMakesThatVoiceTheRepEvenWhenItSpeaksSecond()
    {
        var content = ReadText("call.vtt", TwoVoices, new CallMetadata { RepName = " sarah lee " });

        Assert.Equal([Speaker.Customer, Speaker.Rep, Speaker.Customer], content.Transcript!.Select(s => s.Speaker));
    }

    [Fact]
    public void RepIdFromTheMetadataAlsoMatchesAVoice()
    {
        var content = ReadText("call.vtt", TwoVoices, new CallMetadata { RepId = "Sarah Lee", RepName = "Someone Else" });

        Assert.Equal([Speaker.Customer, Speaker.Rep, Speaker.Customer], content.Transcript!.Select(s => s.Speaker));
    }

    [Fact]
    public void WithoutMetadataTheFirstVoiceIsTheRepIgnoringCase()
    {
        var content = ReadText("call.vtt", TwoVoices, CallMetadata.None);

        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep], content.Transcript!.Select(s => s.Speaker));
    }

    [Fact]
    public void CuesWithoutVoiceAreUnknownSpeakers()
    {
        const string srt = "1\n00:00:00,000 --> 00:00:02,000\nHello.\n\n2\n00:00:02,000 --> 00:00:04,000\nHi.\n";

        var content = ReadText("call.srt", srt, new CallMetadata { RepName = "Sarah" });

        Assert.All(content.Transcript!, s => Assert.Equal(Speaker.Unknown, s.Speaker));
    }

    [Fact]
    public void TranscriptDurationIsTheLastCueEndAndSegmentsAreInTimeOrder()
    {
        const string outOfOrder = """
            WEBVTT

            00:00:10.000 --> 00:01:35.000
            <v Sarah>Later.

            00:00:00.000 --> 00:00:05.000
            <v Tom>Earlier.
            """;

        var content = ReadText("call.vtt", outOfOrder, CallMetadata.None);

        Assert.Equal(95.0, content.DurationSeconds);
        Assert.Null(content.Audio);
        Assert.Empty(content.ChannelSpeakers);
        Assert.Equal(
            [new TranscriptSegment(Speaker.Customer, 0, 5, "Earlier.", []), new TranscriptSegment(Speaker.Rep, 10, 95, "Later.", [])],
            content.Transcript!.Select(s => s with { Words = [] }),
            (a, b) => a.Speaker == b.Speaker && a.Start == b.Start && a.End == b.End && a.Text == b.Text);
    }

    [Fact]
    public void BinaryDataNamedVttIsUnreadable()
    {
        var path = folder.File("call.vtt");
        File.WriteAllBytes(path, [0x57, 0x45, 0x42, 0x00, 0x01, 0x02]);

        var error = Assert.Throws<UnsupportedContentException>(() => reader.Read(path, CallMetadata.None, CancellationToken.None));
        Assert.Contains("binary data starting 574542000102", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranscriptThatIsNotUtf8IsUnreadable()
    {
        var path = folder.File("call.srt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("1\n00:00:00,000 --> 00:00:01,000\nCaf"), 0xE9, 0x0A]);

        var error = Assert.Throws<UnreadableRecordingException>(() => reader.Read(path, CallMetadata.None, CancellationToken.None));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
