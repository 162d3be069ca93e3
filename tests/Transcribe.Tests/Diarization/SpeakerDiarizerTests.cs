using CallCoach.Core.Calls;
using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.Evaluation;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.Diarization;

[Collection(MonoCallsCollection.Name)]
public sealed class SpeakerDiarizerTests(MonoCalls calls)
{
    private const int Rate = 16_000;

    internal static SpeakerDiarizer Diarizer()
    {
        var voiceActivity = Options.Create(new VoiceActivityOptions());
        return new SpeakerDiarizer(
            voiceActivity, Options.Create(new DiarizationOptions()), NullLogger<SpeakerDiarizer>.Instance);
    }

    internal static VoiceProfile Enroll(short[] samples) =>
        new VoiceEnrollment(Options.Create(new VoiceActivityOptions()), Options.Create(new DiarizationOptions()), TimeProvider.System)
            .Enroll("r7", samples, Rate, CancellationToken.None);

    private static double ErrorRate(MonoCalls.Call call, DiarizedCall result) => DiarizationErrorRate.Score(
        call.Truth,
        [.. result.Turns.Select(t => new SpeakerTurn(t.Speaker.ToString(), (double)t.Region.Start / Rate, (double)t.Region.End / Rate))],
        DiarizationErrorRate.StandardCollarSeconds).Rate;

    [Theory]
    [InlineData("female and male")]
    [InlineData("two men")]
    public void TwoVoicesAreFoundAndTheRepIsTheVoiceThatOpensTheCall(string voices)
    {
        var call = voices == "two men" ? calls.TwoMen : calls.FemaleAndMale;

        var result = Diarizer().Diarize(call.Samples, Rate, repProfile: null, CancellationToken.None);

        Assert.Equal(2, result.Speakers);
        Assert.Equal(RepEvidence.FirstTurn, result.RepChosenBy);
        Assert.Equal(MonoCalls.RepFirst.Select(t => t.Party.ToString()), result.Turns.Select(t => t.Speaker.ToString()));
        // The turns' edges are the voice-activity detector's, padded; the collar forgives that.
        Assert.InRange(ErrorRate(call, result), 0, 0.05);
    }

    [Fact]
    public void OneVoiceIsOneSpeakerWhoseTurnsAreUnknown()
    {
        var result = Diarizer().Diarize(calls.OneVoice.Samples, Rate, repProfile: null, CancellationToken.None);

        Assert.Equal(1, result.Speakers);
        Assert.Equal(RepEvidence.None, result.RepChosenBy);
        Assert.Equal(MonoCalls.RepFirst.Count, result.Turns.Count);
        Assert.All(result.Turns, t => Assert.Equal(Speaker.Unknown, t.Speaker));
    }

    [Fact]
    public void WithoutAProfileACallTheCustomerOpensHasItsSpeakersSwapped()
    {
        // The documented cost of the first-turn rule: it is wrong whenever the customer speaks first.
        var result = Diarizer().Diarize(calls.CustomerSpeaksFirst.Samples, Rate, repProfile: null, CancellationToken.None);

        Assert.Equal(Speaker.Rep, result.Turns[0].Speaker);
        Assert.InRange(ErrorRate(calls.CustomerSpeaksFirst, result), 0.9, 1.1);
    }

    [Fact]
    public void TheRepsEnrolledVoiceNamesTheSpeakersOfACallTheCustomerOpens()
    {
        var profile = Enroll(calls.RepEnrollment);

        var result = Diarizer().Diarize(calls.CustomerSpeaksFirst.Samples, Rate, profile, CancellationToken.None);

        Assert.Equal(RepEvidence.VoiceProfile, result.RepChosenBy);
        Assert.Equal(MonoCalls.CustomerFirst.Select(t => t.Party.ToString()), result.Turns.Select(t => t.Speaker.ToString()));
        Assert.InRange(ErrorRate(calls.CustomerSpeaksFirst, result), 0, 0.05);
    }

    [Fact]
    public void TheRepsEnrolledVoiceKeepsTheRightNamesWhenTheRepOpens()
    {
        var profile = Enroll(calls.RepEnrollment);

        var result = Diarizer().Diarize(calls.FemaleAndMale.Samples, Rate, profile, CancellationToken.None);

        Assert.Equal(Speaker.Rep, result.Turns[0].Speaker);
        Assert.InRange(ErrorRate(calls.FemaleAndMale, result), 0, 0.05);
    }

    [Fact]
    public void EnrollingFromAFewWordsIsRefused()
    {
        var words = calls.RepEnrollment.AsSpan(0, Rate * 2).ToArray();

        var error = Assert.Throws<InvalidOperationException>(() => Enroll(words));

        Assert.Contains("speech", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SilenceHasNoTurns()
    {
        var result = Diarizer().Diarize(new short[Rate * 3], Rate, repProfile: null, CancellationToken.None);

        Assert.Empty(result.Turns);
        Assert.Equal(1, result.Speakers);
    }

    [Fact]
    public void CancelledDiarizationStops()
    {
        Assert.ThrowsAny<OperationCanceledException>(
            () => Diarizer().Diarize(calls.FemaleAndMale.Samples, Rate, repProfile: null, new CancellationToken(canceled: true)));
    }
}
