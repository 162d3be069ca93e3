using System.Globalization;
using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Decoding;

public sealed class RecordingReaderAudioTests(SpeechClip clip) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory folder = new("ingest-audio");

    private static RecordingReader Reader(StereoChannel repChannel = StereoChannel.Left) =>
        new(Options.Create(new IngestOptions { StereoRepChannel = repChannel }));

    private static RecordingContent Read(string path, StereoChannel repChannel = StereoChannel.Left) =>
        Reader(repChannel).Read(path, CallMetadata.None, CancellationToken.None);

    public static TheoryData<int, int, int> WavFormats()
    {
        var formats = new TheoryData<int, int, int>();
        foreach (var rate in new[] { 8000, 22050, 44100 })
        {
            foreach (var bits in new[] { 8, 16, 24 })
            {
                foreach (var channels in new[] { 1, 2 })
                {
                    formats.Add(rate, bits, channels);
                }
            }
        }

        return formats;
    }

    [Theory]
    [MemberData(nameof(WavFormats))]
    public async Task PcmWavIsDecodedTo16KilohertzWithItsChannelsAndExactDuration(int rate, int bits, int channels)
    {
        var wav = await clip.ConvertAsync(
            folder.File($"call-{rate}-{bits}-{channels}.wav"),
            "-r", rate.ToString(CultureInfo.InvariantCulture),
            "-b", bits.ToString(CultureInfo.InvariantCulture),
            "-c", channels.ToString(CultureInfo.InvariantCulture));
        var frames = await SpeechClip.FramesAsync(wav);

        var content = Read(wav);

        var audio = Assert.IsType<AudioFile>(content.Audio).ReadAll();
        Assert.Equal(DecodedAudio.RecognitionSampleRate, audio.SampleRate);
        Assert.Equal(channels, audio.Channels.Count);
        Assert.Equal((double)frames / rate, audio.DurationSeconds);
        Assert.Equal(SpeechClip.Seconds, content.DurationSeconds, precision: 6);
        foreach (var samples in audio.Channels)
        {
            // The resampler may hold back a few samples at the end; never more than 10 ms.
            Assert.InRange(samples.Length, 40_000 - 160, 40_000 + 160);
            Assert.True(samples.Max(s => Math.Abs((int)s)) > 1000, "the decoded channel should carry the speech, not silence");
        }

        Assert.Null(content.Transcript);
    }

    [Fact]
    public async Task StereoMp3IsDecodedWithADurationCloseToTheSource()
    {
        var mp3 = await clip.ConvertAsync(folder.File("call.mp3"), "-r", "44100", "-c", "2");

        var content = Read(mp3);

        var audio = Assert.IsType<AudioFile>(content.Audio).ReadAll();
        Assert.Equal(DecodedAudio.RecognitionSampleRate, audio.SampleRate);
        Assert.Equal(2, audio.Channels.Count);
        // MP3 encoders add up to a few frames of priming and padding.
        Assert.InRange(content.DurationSeconds, SpeechClip.Seconds - 0.05, SpeechClip.Seconds + 0.15);
        Assert.InRange(audio.Channels[0].Length, (SpeechClip.Seconds - 0.05) * 16_000, (SpeechClip.Seconds + 0.15) * 16_000);
        Assert.True(audio.Channels[0].Max(s => Math.Abs((int)s)) > 1000);
    }

    [Fact]
    public async Task MonoMp3At16KilohertzIsDecoded()
    {
        var mp3 = await clip.ConvertAsync(folder.File("mono.mp3"));

        var content = Read(mp3);

        Assert.Single(content.Audio!.ReadAll().Channels);
        Assert.Equal([Speaker.Unknown], content.ChannelSpeakers);
        Assert.InRange(content.DurationSeconds, SpeechClip.Seconds - 0.05, SpeechClip.Seconds + 0.15);
    }

    [Fact]
    public async Task MonoRecordingHasOneSpeakerOfUnknownRole()
    {
        var wav = await clip.ConvertAsync(folder.File("mono.wav"));

        Assert.Equal([Speaker.Unknown], Read(wav).ChannelSpeakers);
    }

    [Theory]
    [InlineData(StereoChannel.Left, new[] { Speaker.Rep, Speaker.Customer })]
    [InlineData(StereoChannel.Right, new[] { Speaker.Customer, Speaker.Rep })]
    public async Task StereoChannelsAreMappedToRepAndCustomerByTheConfiguredRepChannel(StereoChannel repChannel, Speaker[] expected)
    {
        // Speech on the left only, so the test also sees that channel 0 really is the left channel.
        var silence = await clip.SilenceAsync(folder.File("silence.wav"));
        var stereo = folder.File("left-only.wav");
        await Tools.RunAsync("sox", "-M", clip.Path, silence, stereo);

        var content = Read(stereo, repChannel);

        Assert.Equal(expected, content.ChannelSpeakers);
        Assert.True(content.Audio!.ReadAll().Channels[0].Max(s => Math.Abs((int)s)) > 1000);
        // sox dithers its silence by one step at most.
        Assert.InRange(content.Audio!.ReadAll().Channels[1].Max(s => Math.Abs((int)s)), 0, 2);
    }

    [Fact]
    public void EmptyFileIsUnreadable()
    {
        var empty = folder.File("empty.wav");
        File.WriteAllBytes(empty, []);

        var error = Assert.Throws<UnreadableRecordingException>(() => Read(empty));
        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void TextFileNamedWavIsRefusedAsTextNotReadAsWav()
    {
        var text = folder.File("notes.wav");
        File.WriteAllText(text, "These are my meeting notes, not a recording.\n");

        var error = Assert.Throws<UnsupportedContentException>(() => Read(text));
        Assert.StartsWith("unsupported content: this is text that is neither WebVTT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFileNamedMp3IsRefusedAsText()
    {
        var text = folder.File("notes.mp3");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("These are my meeting notes, not a recording.\n", 50)));

        var error = Assert.Throws<UnsupportedContentException>(() => Read(text));
        Assert.Contains("text that is neither WebVTT", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(40_000)]
    public async Task WavCutShortIsUnreadableAndSaysItIsTruncated(int bytesCut)
    {
        var whole = await clip.ConvertAsync(folder.File("whole.wav"));
        var cut = folder.File($"cut-{bytesCut}.wav");
        var bytes = await File.ReadAllBytesAsync(whole);
        await File.WriteAllBytesAsync(cut, bytes[..^bytesCut]);

        var error = Assert.Throws<UnreadableRecordingException>(() => Read(cut));
        Assert.StartsWith("truncated WAV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WavHeaderWithoutItsDataIsUnreadable()
    {
        var whole = await clip.ConvertAsync(folder.File("whole.wav"));
        var headerOnly = folder.File("header-only.wav");
        await File.WriteAllBytesAsync(headerOnly, (await File.ReadAllBytesAsync(whole))[..30]);

        Assert.Throws<UnreadableRecordingException>(() => Read(headerOnly));
    }

    [Theory]
    [InlineData("call.ogg")]
    [InlineData("call.m4a")]
    [InlineData("call")]
    [InlineData("call.wav")]
    public void UnsupportedContentIsRefusedWhateverItsNameAndTheSupportedFormatsAreNamed(string name)
    {
        var file = folder.File(name);
        File.WriteAllBytes(file, [.. "OggS"u8, 0, 2, 0, 0, 0, 0, 0, 0]);

        var error = Assert.Throws<UnsupportedContentException>(() => Read(file));
        Assert.StartsWith("unsupported content: this is Ogg audio", error.Message, StringComparison.Ordinal);
        Assert.Contains("WAV (RIFF/WAVE), MP3, WebVTT and SRT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UppercaseExtensionIsReadLikeLowercase()
    {
        var wav = await clip.ConvertAsync(folder.File("CALL.WAV"));

        Assert.NotNull(Read(wav).Audio);
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("call.wav", "44100")]
    [InlineData("call.mp3", "22050")]
    public async Task AudioIsReadInChunksThatJoinUpToTheWholeRecording(string name, string rate)
    {
        var file = await clip.ConvertAsync(folder.File(name), "-r", rate, "-c", "2");
        var audio = Assert.IsType<AudioFile>(Read(file).Audio);

        var whole = audio.ReadAll();
        var chunks = audio.ReadChunks(1_000, CancellationToken.None).ToList();

        // Each chunk starts where the last one ended, only the last may be short, and together they are the recording.
        Assert.Equal(0, chunks[0].StartFrame);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].StartFrame + chunks[i - 1].Frames, chunks[i].StartFrame);
            Assert.Equal(1_000, chunks[i - 1].Frames);
        }

        // The resampler rounds a little differently with other block sizes, never by more than a step or two.
        for (var c = 0; c < 2; c++)
        {
            var joined = chunks.SelectMany(k => k.Channels[c]).ToArray();
            Assert.Equal(whole.Channels[c].Length, joined.Length);
            Assert.InRange(whole.Channels[c].Zip(joined, (a, b) => Math.Abs(a - b)).Max(), 0, 2);
        }
    }

    [Fact]
    public async Task ContentMovedToTheArchiveIsReadFromThere()
    {
        var wav = await clip.ConvertAsync(folder.File("inbox.wav"));
        var content = Read(wav);
        var archived = folder.File("archived.wav");
        File.Move(wav, archived);

        var moved = Assert.IsType<AudioFile>(content.MovedTo(archived).Audio);

        Assert.Equal(archived, moved.Path);
        Assert.NotEmpty(moved.ReadAll().Channels[0]);
    }
}
