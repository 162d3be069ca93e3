using CallCoach.Transcribe.Evaluation;
using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Testing;
using CallCoach.Transcribe.PocketSphinx;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Logging.Abstractions;
using CallCoach.Transcribe.Tests.PocketSphinx;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class ChannelTranscriberTests(SpeechSamples speech)
{
    private static ChannelTranscriber Transcriber() => new(
        Options.Create(new VoiceActivityOptions()),
        Diarization.SpeakerDiarizerTests.Diarizer(),
        new VoiceProfileStore(Options.Create(new DataOptions { Root = Path.GetTempPath() }), NullLogger<VoiceProfileStore>.Instance));

    [Fact]
    public async Task StereoCallIsLabelledRepAndCustomerByChannelAndOrderedByTime()
    {
        var channels = speech.StereoCall;
        var audio = new DecodedAudio(16_000, channels, (double)channels[0].Length / 16_000);
        using var recognizer = Recognizers.Create();

        var segments = await Transcriber().TranscribeAsync(audio, [Speaker.Rep, Speaker.Customer], repId: null, recognizer, CancellationToken.None);

        // One segment per turn: the 0.7 s pauses between turns end each one.
        Assert.Equal(SpeechSamples.CallTurns.Select(t => t.Party == Party.Rep ? Speaker.Rep : Speaker.Customer), segments.Select(s => s.Speaker));
        for (var i = 0; i < segments.Count; i++)
        {
            var wer = WordErrorRate.Of(SpeechSamples.CallTurns[i].Text, segments[i].Text);
            Assert.True(wer < 0.5, $"turn {i}: WER {wer:P0}, heard \"{segments[i].Text}\"");
            Assert.Equal(segments[i].Words[0].Start, segments[i].Start);
            Assert.Equal(segments[i].Words[^1].End, segments[i].End);
            Assert.Equal(string.Join(' ', segments[i].Words.Select(w => w.Text)), segments[i].Text);
        }

        for (var i = 1; i < segments.Count; i++)
        {
            Assert.True(segments[i].Start >= segments[i - 1].End, $"segment {i} starts at {segments[i].Start}, before {segments[i - 1].End}");
        }

        Assert.InRange(segments[^1].End, 0, audio.DurationSeconds);
    }

    [Fact]
    public async Task AMonoChannelWithOneVoiceIsUnknownSinceNothingSaysWhoSpeaks()
    {
        var channels = speech.StereoCall;
        var audio = new DecodedAudio(16_000, [channels[1]], (double)channels[1].Length / 16_000);
        using var recognizer = Recognizers.Create();

        var segments = await Transcriber().TranscribeAsync(audio, [], repId: null, recognizer, CancellationToken.None);

        Assert.Equal(2, segments.Count);
        Assert.All(segments, s => Assert.Equal(Speaker.Unknown, s.Speaker));
    }

    [Fact]
    public async Task SilentRecordingGivesNoSegments()
    {
        var audio = new DecodedAudio(16_000, [new short[16_000 * 3], new short[16_000 * 3]], 3);
        using var recognizer = Recognizers.Create();

        Assert.Empty(await Transcriber().TranscribeAsync(audio, [Speaker.Rep, Speaker.Customer], repId: null, recognizer, CancellationToken.None));
    }

    [Fact]
    public async Task CancelledTranscriptionStops()
    {
        var audio = new DecodedAudio(16_000, speech.StereoCall, (double)speech.StereoCall[0].Length / 16_000);
        using var recognizer = Recognizers.Create();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Transcriber().TranscribeAsync(audio, [Speaker.Rep, Speaker.Customer], repId: null, recognizer, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task SegmentsAndWordTimesDoNotDependOnHowTheAudioIsChunkedNorOnTheCallBefore()
    {
        var channels = speech.StereoCall;
        var whole = new DecodedAudio(16_000, channels, (double)channels[0].Length / 16_000);
        using var recognizer = Recognizers.Create();

        // The recognizer has just heard another call: its line-noise estimate must start over with this one.
        await Transcriber().TranscribeAsync(new DecodedAudio(16_000, [speech.SentenceSamples[2]], speech.SentenceSamples[2].Length / 16_000.0), [Speaker.Rep], repId: null, recognizer, CancellationToken.None);
        var inOneRead = await Transcriber().TranscribeAsync(whole, [Speaker.Rep, Speaker.Customer], repId: null, recognizer, CancellationToken.None);
        using var fresh = Recognizers.Create();
        var inSmallChunks = await Transcriber().TranscribeAsync(new SmallChunks(whole), [Speaker.Rep, Speaker.Customer], repId: null, fresh, CancellationToken.None);

        Assert.NotEmpty(inOneRead);
        Assert.Equal(
            inOneRead.Select(s => (s.Speaker, s.Start, s.End, s.Text, Words: string.Join(' ', s.Words.Select(w => $"{w.Text}@{w.Start}-{w.End}")))),
            inSmallChunks.Select(s => (s.Speaker, s.Start, s.End, s.Text, Words: string.Join(' ', s.Words.Select(w => $"{w.Text}@{w.Start}-{w.End}")))));
    }

    /// <summary>The same audio read 0.37 s at a time, whatever chunk size the reader asks for: turns span many chunks.</summary>
    private sealed class SmallChunks(DecodedAudio audio) : IAudioSource
    {
        public int SampleRate => audio.SampleRate;

        public int ChannelCount => audio.ChannelCount;

        public double DurationSeconds => audio.DurationSeconds;

        public IEnumerable<AudioChunk> ReadChunks(int framesPerChunk, CancellationToken ct) => audio.ReadChunks(5_920, ct);
    }
}
