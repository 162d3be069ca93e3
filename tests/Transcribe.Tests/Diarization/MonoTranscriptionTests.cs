using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Transcribe.Evaluation;
using CallCoach.Transcribe.PocketSphinx;
using CallCoach.Transcribe.Tests.PocketSphinx;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.Diarization;

[Collection(MonoCallsCollection.Name)]
public sealed class MonoTranscriptionTests(MonoCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("mono-transcription");

    private ChannelTranscriber Transcriber() => new(
        Options.Create(new VoiceActivityOptions()),
        SpeakerDiarizerTests.Diarizer(),
        Store());

    private VoiceProfileStore Store() => new(Options.Create(new DataOptions { Root = data.Path }), NullLogger<VoiceProfileStore>.Instance);

    private static string Said(IReadOnlyList<CallTurn> turns, Party party) => string.Join(' ', turns.Where(t => t.Party == party).Select(t => t.Text));

    private static string Heard(IEnumerable<Core.Transcripts.TranscriptSegment> segments, Speaker speaker) =>
        string.Join(' ', segments.Where(s => s.Speaker == speaker).Select(s => s.Text));

    [Fact]
    public async Task EachVoiceOfAMonoCallIsRecognisedAndAttributedToItsSpeaker()
    {
        var samples = calls.FemaleAndMale.Samples;
        using var recognizer = Recognizers.Create();

        var segments = await Transcriber().TranscribeAsync(
            new DecodedAudio(16_000, [samples], samples.Length / 16_000.0), [Speaker.Unknown], repId: null, recognizer, CancellationToken.None);

        // Each speaker's words scored against that speaker's script only: words given to the wrong side are errors.
        var rep = WordErrorRate.Of(Said(MonoCalls.RepFirst, Party.Rep), Heard(segments, Speaker.Rep));
        var customer = WordErrorRate.Of(Said(MonoCalls.RepFirst, Party.Customer), Heard(segments, Speaker.Customer));
        Assert.True(rep < 0.3, $"rep WER {rep:P0}: {Heard(segments, Speaker.Rep)}");
        Assert.True(customer < 0.3, $"customer WER {customer:P0}: {Heard(segments, Speaker.Customer)}");
        Assert.DoesNotContain(segments, s => s.Speaker == Speaker.Unknown);
    }

    [Fact]
    public async Task AMonoCallOfARepWithAnEnrolledVoiceIsLabelledByThatVoice()
    {
        await Store().SaveAsync(SpeakerDiarizerTests.Enroll(calls.RepEnrollment), CancellationToken.None);
        var samples = calls.CustomerSpeaksFirst.Samples;
        using var recognizer = Recognizers.Create();

        var segments = await Transcriber().TranscribeAsync(
            new DecodedAudio(16_000, [samples], samples.Length / 16_000.0), [Speaker.Unknown], repId: "r7", recognizer, CancellationToken.None);

        Assert.Equal(Speaker.Customer, segments[0].Speaker);
        var rep = WordErrorRate.Of(Said(MonoCalls.CustomerFirst, Party.Rep), Heard(segments, Speaker.Rep));
        Assert.True(rep < 0.3, $"rep WER {rep:P0}: {Heard(segments, Speaker.Rep)}");
    }

    public void Dispose() => data.Dispose();
}
