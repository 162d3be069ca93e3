using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Transcripts;

namespace CallCoach.Ingest.Tests.Transcripts;

public sealed class SubtitleParserTests
{
    private const string TeamsVtt = """
        WEBVTT

        0f9a2c1e-4c0b-4b8e-9d7a-1/12-0
        00:00:01.250 --> 00:00:04.000
        <v Sarah Lee>Good morning, thanks for joining.</v>

        0f9a2c1e-4c0b-4b8e-9d7a-1/20-0
        00:00:04.500 --> 00:00:07.125
        <v Tom Becker>Happy to. What does the &amp; trial include?</v>

        00:01:02.000 --> 00:01:05.500
        <v Sarah Lee>Every feature.</v>
        """;

    [Fact]
    public void TeamsVoiceTagsGiveTheVoiceAndTheTextWithoutTags()
    {
        var cues = SubtitleParser.Parse(TeamsVtt, isWebVtt: true);

        Assert.Equal(
            [
                new TranscriptCue(1.25, 4.0, "Sarah Lee", "Good morning, thanks for joining."),
                new TranscriptCue(4.5, 7.125, "Tom Becker", "Happy to. What does the & trial include?"),
                new TranscriptCue(62.0, 65.5, "Sarah Lee", "Every feature."),
            ],
            cues);
    }

    [Fact]
    public void ZoomNamePrefixGivesTheVoiceAndMultiLineTextIsJoined()
    {
        const string zoom = """
            WEBVTT

            1
            00:00:00.000 --> 00:00:03.000
            Sarah Lee: Hello Tom,
            how are you?

            2
            00:00:03.500 --> 00:00:05.000
            Tom: Fine. Price: 200 per seat?
            """;

        var cues = SubtitleParser.Parse(zoom, isWebVtt: true);

        Assert.Equal(
            [
                new TranscriptCue(0, 3, "Sarah Lee", "Hello Tom, how are you?"),
                new TranscriptCue(3.5, 5, "Tom", "Fine. Price: 200 per seat?"),
            ],
            cues);
    }

    [Fact]
    public void ColonInsideTextWithDigitsIsNotTakenForAName()
    {
        const string vtt = """
            WEBVTT

            00:00:00.000 --> 00:00:02.000
            Price: 200 per seat
            """;

        var cue = Assert.Single(SubtitleParser.Parse(vtt, isWebVtt: true));

        Assert.Null(cue.Voice);
        Assert.Equal("Price: 200 per seat", cue.Text);
    }

    [Fact]
    public void ChineseNameWithFullWidthColonGivesTheVoice()
    {
        const string vtt = """
            WEBVTT

            00:00:00.000 --> 00:00:02.000
            张伟：我们的试用期是三十天。
            """;

        var cue = Assert.Single(SubtitleParser.Parse(vtt, isWebVtt: true));

        Assert.Equal("张伟", cue.Voice);
        Assert.Equal("我们的试用期是三十天。", cue.Text);
    }

    [Fact]
    public void SrtWithCommaTimestampsIsRead()
    {
        const string srt = """
            1
            00:00:01,500 --> 00:00:03,250
            Hello, this is Sarah.

            2
            01:02:03,040 --> 01:02:04,000
            Hi Sarah.
            """;

        var cues = SubtitleParser.Parse(srt, isWebVtt: false);

        Assert.Equal(
            [
                new TranscriptCue(1.5, 3.25, null, "Hello, this is Sarah."),
                new TranscriptCue(3723.04, 3724, null, "Hi Sarah."),
            ],
            cues);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndingsAreAccepted()
    {
        var vtt = "\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ann>First.\r\n\r\n00:00:02.000 --> 00:00:03.000\r\n<v Bob>Second.\r\n";

        var cues = SubtitleParser.Parse(vtt, isWebVtt: true);

        Assert.Equal([new TranscriptCue(1, 2, "Ann", "First."), new TranscriptCue(2, 3, "Bob", "Second.")], cues);
    }

    [Fact]
    public void CueSettingsAfterTheTimingAreIgnored()
    {
        const string vtt = """
            WEBVTT

            00:01.000 --> 00:02.500 align:start position:10%
            Short timestamps without hours.
            """;

        Assert.Equal(new TranscriptCue(1, 2.5, null, "Short timestamps without hours."), Assert.Single(SubtitleParser.Parse(vtt, isWebVtt: true)));
    }

    [Theory]
    [InlineData("WEBVTT\n\nNOTE nothing timed here\n", true, "no timed cues found in this WebVTT file")]
    [InlineData("WEBVTT\n", true, "no timed cues found in this WebVTT file")]
    [InlineData("1\nno timing line\n", false, "no timed cues found in this SRT file")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann></v>\n", true, "no timed cues found in this WebVTT file")]
    public void FileWithoutCuesIsUnreadable(string content, bool isWebVtt, string message)
    {
        var error = Assert.Throws<UnreadableRecordingException>(() => SubtitleParser.Parse(content, isWebVtt));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void VttWithoutTheWebVttHeaderIsUnreadable()
    {
        var error = Assert.Throws<UnreadableRecordingException>(
            () => SubtitleParser.Parse("00:00:01.000 --> 00:00:02.000\nHello\n", isWebVtt: true));
        Assert.Contains("WEBVTT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CueThatEndsBeforeItStartsIsUnreadable()
    {
        var error = Assert.Throws<UnreadableRecordingException>(
            () => SubtitleParser.Parse("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHello\n", isWebVtt: true));
        Assert.StartsWith("cue ends before it starts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedTimestampIsUnreadable()
    {
        var error = Assert.Throws<UnreadableRecordingException>(
            () => SubtitleParser.Parse("WEBVTT\n\n1:2:3:4.000 --> 00:00:02.000\nHello\n", isWebVtt: true));
        Assert.StartsWith("bad cue timestamp", error.Message, StringComparison.Ordinal);
    }
}
