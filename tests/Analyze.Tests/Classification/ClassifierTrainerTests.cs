using CallCoach.Analyze.Classification;
using CallCoach.Core.Calls;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class ClassifierTrainerTests
{
    private static readonly DateTimeOffset TrainedAt = new(2026, 3, 1, 12, 30, 45, TimeSpan.Zero);

    /// <summary>A three-label kind, so a training test needs 30 examples rather than the nine objection labels' worth.</summary>
    private static readonly ClassifierKind Tiny = new("tiny", Speaker.Customer, ["price", "timing", "none"], "none");

    private static readonly string[] Price =
    [
        "That is way too expensive for us", "The price is too high", "Can you give us a discount", "Your competitor is much cheaper",
        "It costs too much", "That price is steep", "We cannot pay that much", "Is there a cheaper plan",
        "Too expensive for a small team", "The cost is more than we expected",
    ];

    private static readonly string[] Timing =
    [
        "Call me back next quarter", "Now is not a good time", "Maybe later this year", "We are too busy right now",
        "Let's revisit this in the spring", "Not this month", "Talk to me after the migration", "We need to wait until next year",
        "Timing is bad for us", "Check back in six months",
    ];

    private static readonly string[] None =
    [
        "Good morning", "We have six people on the team", "Sounds good", "Thanks for calling",
        "We use email for support", "Sure, go ahead", "I see", "Our office is in Berlin",
        "That makes sense", "Nice to meet you",
    ];

    private static readonly LabelledText[] Examples =
    [
        .. Price.Select(t => new LabelledText(t, "price", "en")),
        .. Timing.Select(t => new LabelledText(t, "timing", "en")),
        .. None.Select(t => new LabelledText(t, "none", "en")),
    ];

    private static readonly LabelledText[] Holdout =
    [
        new("The price is way too high", "price", "en"),
        new("Can we get a discount on the cost", "price", "en"),
        new("Call me back next year", "timing", "en"),
        new("Not a good time right now, maybe later", "timing", "en"),
        new("Good morning, thanks for calling", "none", "en"),
        new("We have six people in the office", "none", "en"),
    ];

    private static TrainingSettings BothTrainers(int folds = 2) =>
        new() { Trainers = [TrainerName.LbfgsMaximumEntropy, TrainerName.SdcaMaximumEntropy], Folds = folds };

    private static TrainedClassifier Train(IReadOnlyList<LabelledText> examples, TrainingSettings settings, IReadOnlyList<LabelledText>? holdout = null) =>
        new ClassifierTrainer(new FakeTimeProvider(TrainedAt)).Train(Tiny, examples, holdout, settings, CancellationToken.None);

    [Fact]
    public void CardHasACandidatePerConfiguredTrainerAndKeepsTheBestByCrossValidatedMacroF1()
    {
        var card = Train(Examples, BothTrainers(), Holdout).Card;

        Assert.Equal(["LbfgsMaximumEntropy", "SdcaMaximumEntropy"], card.Candidates.Select(c => c.Trainer));
        Assert.All(card.Candidates, c => Assert.InRange(c.CrossValidatedMacroF1, 0, 1));
        Assert.All(card.Candidates, c => Assert.True(c.Seconds >= 0));
        // The first listed trainer wins a tie.
        var best = card.Candidates.First(c => c.CrossValidatedMacroF1 == card.Candidates.Max(x => x.CrossValidatedMacroF1));
        Assert.Equal(best.Trainer, card.Trainer);
        Assert.Equal(best.CrossValidatedMacroF1, card.CrossValidation.MacroF1);
    }

    [Fact]
    public void CardDescribesTheRunAndItsData()
    {
        var card = Train(Examples, BothTrainers(), Holdout).Card;

        Assert.Equal("tiny", card.Name);
        Assert.Equal("20260301.123045000", card.Version);
        Assert.Equal(TrainedAt, card.TrainedAt);
        Assert.Equal(TrainingData.Hash(Examples), card.DataHash);
        Assert.Equal(new[] { KeyValuePair.Create("en", 30) }, card.Examples);
        Assert.True(card.TrainingSeconds > 0);
        // Cross-validation predicts every example exactly once.
        Assert.Equal(30, card.CrossValidation.Examples);
        Assert.Equal(Tiny.Labels, card.CrossValidation.Labels);
        Assert.Equal([10, 10, 10], card.CrossValidation.Classes.Select(c => c.Support));
    }

    [Fact]
    public void HeldOutSetIsEvaluatedWithTheKeptModel()
    {
        var trained = Train(Examples, BothTrainers(), Holdout);

        var holdout = Assert.IsType<ClassificationReport>(trained.Card.Holdout);
        Assert.Equal(Holdout.Length, holdout.Examples);
        Assert.Equal(Tiny.Labels, holdout.Labels);
        Assert.Equal([2, 2, 2], holdout.Classes.Select(c => c.Support));
        // Near-paraphrases of the training sentences: a model that learned anything gets most of them; chance is 1/3.
        Assert.True(holdout.Accuracy >= 4.0 / 6, $"held-out accuracy {holdout.Accuracy}");
        var again = ClassifierTrainer.Evaluate(trained.Context, trained.Model, Tiny, Holdout);
        Assert.Equal(holdout.Confusion.SelectMany(row => row), again.Confusion.SelectMany(row => row));
    }

    [Fact]
    public void WithoutAHeldOutSetTheCardHasNoHoldoutReport()
    {
        Assert.Null(Train(Examples, SmallModels.Settings()).Card.Holdout);
        Assert.Null(Train(Examples, SmallModels.Settings(), []).Card.Holdout);
    }

    [Fact]
    public void SameDataAndSettingsTrainTheSameModel()
    {
        var first = Train(Examples, SmallModels.Settings(), Holdout);
        var second = Train(Examples, SmallModels.Settings(), Holdout);

        Assert.Equal(first.Card.CrossValidation.MacroF1, second.Card.CrossValidation.MacroF1);
        Assert.Equal(first.Card.Holdout!.Confusion.SelectMany(r => r), second.Card.Holdout!.Confusion.SelectMany(r => r));
    }

    [Fact]
    public void LabelWithFewerExamplesThanFoldsIsAClearErrorNamingIt()
    {
        LabelledText[] examples = [.. Examples.Where(e => e.Label != "timing"), .. Examples.Where(e => e.Label == "timing").Take(4)];

        var error = Assert.Throws<InvalidDataException>(() => Train(examples, BothTrainers(folds: 5)));

        Assert.Contains("at least 5 examples of every label", error.Message, StringComparison.Ordinal);
        Assert.Contains("too few: timing.", error.Message, StringComparison.Ordinal);
        Assert.Contains("tiny", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelWithoutAnyExampleIsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => Train([.. Examples.Where(e => e.Label != "none")], SmallModels.Settings()));

        Assert.Contains("too few: none.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelledTrainingStopsWithoutACard()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => new ClassifierTrainer(TimeProvider.System).Train(Tiny, Examples, null, SmallModels.Settings(), cancelled.Token));
    }
}
