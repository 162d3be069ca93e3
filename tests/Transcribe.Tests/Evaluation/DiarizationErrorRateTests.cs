using CallCoach.Transcribe.Evaluation;

namespace CallCoach.Transcribe.Tests.Evaluation;

public sealed class DiarizationErrorRateTests
{
    private static readonly SpeakerTurn[] Reference =
    [
        new("rep", 0, 4),
        new("customer", 5, 8),
        new("rep", 9, 10),
    ];

    [Fact]
    public void AHypothesisThatMatchesTheReferenceHasNoError()
    {
        var score = DiarizationErrorRate.Score(Reference, Reference, collarSeconds: 0);

        Assert.Equal(8, score.ScoredSeconds, precision: 9);
        Assert.Equal(0, score.Rate);
    }

    [Fact]
    public void SpeakerNamesAreComparedWithoutRegardToCase()
    {
        var hypothesis = Reference.Select(t => t with { Speaker = t.Speaker.ToUpperInvariant() }).ToList();

        Assert.Equal(0, DiarizationErrorRate.Score(Reference, hypothesis, 0).Rate);
    }

    [Fact]
    public void SwappedRepAndCustomerAreAllSpeakerConfusion()
    {
        var swapped = Reference.Select(t => t with { Speaker = t.Speaker == "rep" ? "customer" : "rep" }).ToList();

        var score = DiarizationErrorRate.Score(Reference, swapped, 0);

        Assert.Equal(8, score.ConfusionSeconds, precision: 9);
        Assert.Equal(0, score.MissedSeconds);
        Assert.Equal(0, score.FalseAlarmSeconds);
        Assert.Equal(1, score.Rate, precision: 9);
    }

    [Fact]
    public void SpeechNobodyWasHeardSayingIsMissedAndSpeechInSilenceIsAFalseAlarm()
    {
        // The rep's first turn is heard only from 1 s, and speech is claimed in the silence from 4 to 4.5 s.
        SpeakerTurn[] hypothesis = [new("rep", 1, 4.5), new("customer", 5, 8), new("rep", 9, 10)];

        var score = DiarizationErrorRate.Score(Reference, hypothesis, 0);

        Assert.Equal(1, score.MissedSeconds, precision: 9);
        Assert.Equal(0.5, score.FalseAlarmSeconds, precision: 9);
        Assert.Equal(0, score.ConfusionSeconds);
        Assert.Equal(1.5 / 8, score.Rate, precision: 9);
    }

    [Fact]
    public void TheCollarLeavesTimeAroundReferenceBoundariesUnscored()
    {
        // The customer's turn is heard 0.2 s late and ends 0.2 s early: inside a 0.25 s collar, no error.
        SpeakerTurn[] hypothesis = [new("rep", 0, 4), new("customer", 5.2, 7.8), new("rep", 9, 10)];

        var strict = DiarizationErrorRate.Score(Reference, hypothesis, 0);
        var collared = DiarizationErrorRate.Score(Reference, hypothesis, 0.25);

        Assert.Equal(0.4, strict.MissedSeconds, precision: 9);
        Assert.Equal(0, collared.ErrorSeconds);
        // Each of the six boundaries has speech on one side only: 0.25 s of it goes unscored.
        Assert.Equal(8 - 6 * 0.25, collared.ScoredSeconds, precision: 9);
    }

    [Fact]
    public void OverlappingReferenceSpeechCountsForEachSpeaker()
    {
        SpeakerTurn[] reference = [new("rep", 0, 2), new("customer", 1, 3)];
        SpeakerTurn[] hypothesis = [new("rep", 0, 3)];

        var score = DiarizationErrorRate.Score(reference, hypothesis, 0);

        // 1–2 s: two speakers, one heard (1 s missed); 2–3 s: the customer heard as the rep (1 s confusion).
        Assert.Equal(4, score.ScoredSeconds, precision: 9);
        Assert.Equal(1, score.MissedSeconds, precision: 9);
        Assert.Equal(1, score.ConfusionSeconds, precision: 9);
        Assert.Equal(0, score.FalseAlarmSeconds);
    }

    [Fact]
    public void TotalsAddTheSecondsSoLongFilesWeighMore()
    {
        var total = DiarizationScore.Sum([new(10, 1, 0, 0), new(90, 0, 0, 0)]);

        Assert.Equal(0.01, total.Rate, precision: 9);
    }

    [Fact]
    public void AnonymousTruthIsScoredByTheBestOneToOneMappingOfSpeakers()
    {
        SpeakerTurn[] truth = [new("speaker90", 0, 4), new("speaker91", 5, 9), new("speaker90", 10, 12)];
        SpeakerTurn[] heard = [new("Customer", 0, 4), new("Rep", 5, 9), new("Customer", 10, 11)];

        var score = DiarizationErrorRate.ScoreByRoleOrBestMapping(truth, heard, collarSeconds: 0);

        // Customer is speaker90 and Rep speaker91: only the last second, never heard, is an error.
        Assert.Equal(10, score.ScoredSeconds, precision: 6);
        Assert.Equal(1, score.MissedSeconds, precision: 6);
        Assert.Equal(0, score.ConfusionSeconds, precision: 6);
    }

    [Fact]
    public void TruthNamingRepAndCustomerIsStillScoredByName()
    {
        SpeakerTurn[] truth = [new("rep", 0, 4), new("customer", 5, 9)];
        SpeakerTurn[] swapped = [new("Customer", 0, 4), new("Rep", 5, 9)];

        Assert.Equal(1.0, DiarizationErrorRate.ScoreByRoleOrBestMapping(truth, swapped, collarSeconds: 0).Rate, precision: 6);
    }

    [Fact]
    public void AThirdHeardSpeakerCannotBorrowATruthSpeakersName()
    {
        SpeakerTurn[] truth = [new("a", 0, 4), new("b", 5, 9)];
        SpeakerTurn[] heard = [new("Rep", 0, 4), new("Customer", 5, 7), new("Unknown", 7, 9)];

        var score = DiarizationErrorRate.ScoreByRoleOrBestMapping(truth, heard, collarSeconds: 0);

        Assert.Equal(2, score.ConfusionSeconds, precision: 6);
    }
}
