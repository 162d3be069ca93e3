using CallCoach.Analyze.Classification;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class UtteranceClassifierTests
{
    private static readonly UtteranceClassifier Classifier = ShippedModels.Classifier();

    private static TranscriptSegment Say(Speaker speaker, string text) => new(speaker, 0, 1, text, []);

    private static readonly TranscriptSegment[] Call =
    [
        Say(Speaker.Rep, "Could you walk me through how your team handles support requests today?"),
        Say(Speaker.Customer, "Honestly, the price is just too high for a team our size."),
        Say(Speaker.Unknown, "We don't have any budget left this year."),
        Say(Speaker.Unknown, "Can we book a demo for next Tuesday at ten?"),
        Say(Speaker.Customer, "I need to run this by my boss before we sign anything."),
        Say(Speaker.Rep, "A logistics company like yours, Acme Freight, cut their response time by forty percent after switching to us."),
    ];

    [Fact]
    public void CustomerSegmentsGiveObjectionsAndRepSegmentsGiveActs()
    {
        Assert.Equal([(ObjectionTypes.Price, 1), (ObjectionTypes.Authority, 4)], Classifier.Objections(Call).Select(o => (o.Type, o.SegmentIndex)));
        Assert.Equal([(RepActs.DiscoveryQuestion, 0), (RepActs.SuccessCase, 5)], Classifier.Acts(Call).Select(a => (a.Type, a.SegmentIndex)));
    }

    [Fact]
    public void UnknownSpeakerSegmentsGiveNeitherObjectionsNorActs()
    {
        TranscriptSegment[] unknown = [Call[2], Call[3]];

        Assert.Empty(Classifier.Objections(unknown));
        Assert.Empty(Classifier.Acts(unknown));
        // The same words from a known speaker are findings, so the emptiness above is the speaker's doing.
        Assert.Equal(ObjectionTypes.Budget, Assert.Single(Classifier.Objections([Call[2] with { Speaker = Speaker.Customer }])).Type);
        Assert.Equal(RepActs.NextStep, Assert.Single(Classifier.Acts([Call[3] with { Speaker = Speaker.Rep }])).Type);
    }

    [Fact]
    public void ObjectionFindingCarriesItsSentenceAndRoundedConfidence()
    {
        var objection = Classifier.Objections(Call)[0];
        var direct = ShippedModels.Serving.Objection.Classify(Call[1].Text);

        // The sentence as said, less the full stop that ended it.
        Assert.Equal("Honestly, the price is just too high for a team our size", objection.Text);
        Assert.Equal(Math.Round(direct.Confidence, 4), objection.Confidence);
        Assert.InRange(objection.Confidence, 0.5, 1);
    }

    [Fact]
    public void TypedRepTurnWithTwoSentencesGivesAnActForEach()
    {
        TranscriptSegment[] segments = [Say(Speaker.Customer, "Sounds good."), Say(Speaker.Rep, "Who else signs off on this? Could we book a demo next Tuesday at ten?")];

        var acts = Classifier.Acts(segments);

        Assert.Equal([RepActs.DecisionQuestion, RepActs.NextStep], acts.Select(a => a.Type).Order(StringComparer.Ordinal));
        Assert.All(acts, a => Assert.Equal(1, a.SegmentIndex));
        Assert.True(acts[0].Confidence >= acts[1].Confidence, "the surer act comes first");
    }

    [Fact]
    public void LabelFoundInTwoSentencesOfATurnIsReportedOnceFromTheSurerSentence()
    {
        var sentences = new[] { "That's too expensive.", "Honestly, the price is way more than we were expecting to pay." };
        var confidences = sentences.Select(s => ShippedModels.Serving.Objection.Classify(s)).ToList();
        Assert.All(confidences, c => Assert.Equal(ObjectionTypes.Price, c.Label));

        var objection = Assert.Single(Classifier.Objections([Say(Speaker.Customer, string.Join(' ', sentences))]));

        var surer = confidences[0].Confidence >= confidences[1].Confidence ? 0 : 1;
        Assert.Equal(ObjectionTypes.Price, objection.Type);
        Assert.Equal(sentences[surer].TrimEnd('.'), objection.Text);
        Assert.Equal(Math.Round(confidences[surer].Confidence, 4), objection.Confidence);
    }

    [Fact]
    public void ClearChineseObjectionIsBudget()
    {
        var objection = Assert.Single(Classifier.Objections([Say(Speaker.Customer, "今年预算已经花完了，明年再说吧")]));

        Assert.Equal(ObjectionTypes.Budget, objection.Type);
        Assert.Equal("今年预算已经花完了，明年再说吧", objection.Text);
    }

    [Fact]
    public void ChineseRepTurnWithTwoSentencesGivesAnActForEach()
    {
        var acts = Classifier.Acts([Say(Speaker.Rep, "这个项目最后是谁拍板？我们下周二上午十点给您做个演示，可以吗？")]);

        Assert.Equal([RepActs.DecisionQuestion, RepActs.NextStep], acts.Select(a => a.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NothingLabelsAreNeverReported()
    {
        // The whole held-out set, every example as its own turn: the "none" and "other" examples are a third of it.
        var objectionTurns = TrainingData.LoadHoldout(ClassifierKind.Objection, ShippedModels.TrainingFolder).Select(e => Say(Speaker.Customer, e.Text)).ToList();
        var actTurns = TrainingData.LoadHoldout(ClassifierKind.Act, ShippedModels.TrainingFolder).Select(e => Say(Speaker.Rep, e.Text)).ToList();

        var objections = Classifier.Objections(objectionTurns);
        var acts = Classifier.Acts(actTurns);

        Assert.NotEmpty(objections);
        Assert.NotEmpty(acts);
        Assert.DoesNotContain(objections, o => o.Type == ObjectionTypes.None);
        Assert.DoesNotContain(acts, a => a.Type == RepActs.Other);
        Assert.Empty(Classifier.Objections([Say(Speaker.Customer, "Good morning, nice to meet you.")]));
        Assert.Empty(Classifier.Acts([Say(Speaker.Rep, "Thanks for taking the time today. Sure, I can send that over.")]));
    }

    [Fact]
    public void FindingsBelowTheReportThresholdAreDropped()
    {
        var all = ShippedModels.Classifier(reportThreshold: 0).Objections(Call);
        Assert.NotEmpty(all);

        Assert.Empty(ShippedModels.Classifier(reportThreshold: 1.0).Objections(Call));
        Assert.Empty(ShippedModels.Classifier(reportThreshold: 1.0).Acts(Call));
    }

    [Fact]
    public void ThresholdBetweenTwoFindingsKeepsOnlyTheSurerOne()
    {
        var all = ShippedModels.Classifier(reportThreshold: 0).Objections(Call).OrderByDescending(o => o.Confidence).ToList();
        Assert.True(all.Count >= 2 && all[0].Confidence > all[1].Confidence, "needs two objections of different confidence");
        var between = (all[0].Confidence + all[1].Confidence) / 2;

        var kept = ShippedModels.Classifier(reportThreshold: between).Objections(Call);

        Assert.Equal([(all[0].Type, all[0].SegmentIndex)], kept.Select(o => (o.Type, o.SegmentIndex)));
    }

    [Theory]
    [InlineData("Who else signs off on this? Could we book a demo next Tuesday at ten?", new[] { "Who else signs off on this?", "Could we book a demo next Tuesday at ten?" })]
    [InlineData("We saved 3.5 hours a week. Great!", new[] { "We saved 3.5 hours a week", "Great" })]
    [InlineData("Really?! OK; fine.", new[] { "Really?", "OK", "fine" })]
    [InlineData("What?! No way.", new[] { "What?", "No way" })]
    [InlineData("预算多少？！下周二可以吗？", new[] { "预算多少？", "下周二可以吗？" })]
    [InlineData("我们下周见。好的！谢谢", new[] { "我们下周见", "好的", "谢谢" })]
    [InlineData("who else signs off on this could we book a demo", new[] { "who else signs off on this could we book a demo" })]
    [InlineData("", new string[0])]
    public void SentencesSplitAtSentenceMarksAndKeepTheQuestionMark(string text, string[] sentences)
    {
        Assert.Equal(sentences, UtteranceClassifier.Sentences(text));
    }
}
