using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Analyze.Privacy;
using CallCoach.Analyze.Tests.Classification;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Privacy;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests.Privacy;

public sealed class CallRedactorTests
{
    private static readonly CallAnalyzer Analyzer = new(
        KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json")),
        new EffectiveConversationRule(Options.Create(new EffectiveConversationOptions())),
        ShippedModels.Classifier());

    /// <summary>"my number is", eleven digits said at 0.3 s each from 0.6 s, then "thanks": as a recognizer gives them.</summary>
    private static readonly TranscriptSegment SaidNumber = Said(
        ["my", "number", "is", "one", "three", "eight", "one", "two", "three", "four", "five", "six", "seven", "eight", "thanks"],
        [0, 0.2, 0.5, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3.0, 3.3, 3.6, 4.0]);

    private static TranscriptSegment Said(string[] words, double[] starts) => new(
        Speaker.Customer,
        0,
        4.4,
        string.Join(' ', words),
        [.. words.Select((w, i) => new TranscriptWord(w, starts[i], i + 1 < starts.Length ? Math.Min(starts[i + 1], starts[i] + 0.3) : starts[i] + 0.4))]);

    private static RedactedCall Redact(RedactionOptions options, string? teamId, params TranscriptSegment[] segments)
    {
        var call = new TranscribedCall(Guid.NewGuid(), new CallMetadata { TeamId = teamId }, 60, segments);
        return new CallRedactor(Options.Create(options)).Redact(call, Analyzer.Analyze(call.DurationSeconds, segments));
    }

    [Fact]
    public void ASpanSaidInRecognisedWordsIsTimedByThoseWordsWhichBecomeOnePlaceholderWord()
    {
        var redacted = Redact(new RedactionOptions(), null, SaidNumber);

        var segment = Assert.Single(redacted.Segments);
        Assert.Equal("my number is [PHONE] thanks", segment.Text);
        Assert.Equal(
            [new("my", 0, 0.2), new("number", 0.2, 0.5), new("is", 0.5, 0.6), new("[PHONE]", 0.6, 3.9), new TranscriptWord("thanks", 4.0, 4.4)],
            segment.Words);
        Assert.Equal(
            new RedactionSpan(PiiCategory.Phone, 0, "my number is ".Length, "one three eight one two three four five six seven eight".Length, 0.6, 3.9),
            Assert.Single(redacted.Redaction.Spans));
    }

    [Fact]
    public void ASpanInATypedSegmentIsTimedByItsPlaceInTheTextAcrossTheSegment()
    {
        // 40 characters over 10 s: the number fills characters 10–21, so 12.5–15.25 s.
        var typed = new TranscriptSegment(Speaker.Customer, 10, 20, "Number is 13812345678, call after six pm", []);

        var redacted = Redact(new RedactionOptions(), null, typed);

        Assert.Equal("Number is [PHONE], call after six pm", redacted.Segments[0].Text);
        Assert.Equal(new RedactionSpan(PiiCategory.Phone, 0, 10, 11, 12.5, 15.25), Assert.Single(redacted.Redaction.Spans));
    }

    [Fact]
    public void WordsThatDoNotMatchTheTextAreRedactedOnTheirOwn()
    {
        // An engine that writes its text with digits but its words as words: the two cannot be lined up.
        var mixed = SaidNumber with { Text = "My number is 138-1234-5678, thanks." };

        var redacted = Redact(new RedactionOptions(), null, mixed);

        Assert.Equal("My number is [PHONE], thanks.", redacted.Segments[0].Text);
        Assert.Equal(["my", "number", "is", "[PHONE]", "thanks"], redacted.Segments[0].Words.Select(w => w.Text));
        Assert.Equal((0.6, 3.9), (redacted.Segments[0].Words[3].Start, redacted.Segments[0].Words[3].End));
    }

    [Fact]
    public void AnObjectionQuotingPersonalDataIsStoredRedactedWhileTheScoresComeFromTheOriginal()
    {
        TranscriptSegment[] call =
        [
            new(Speaker.Rep, 0, 4, "Thanks for taking the time today.", []),
            new(Speaker.Customer, 4.5, 12, "Honestly, the price is just too high for a team our size, call my boss on 138 1234 5678.", []),
        ];
        var analysis = Analyzer.Analyze(60, call);

        var redacted = new CallRedactor(Options.Create(new RedactionOptions()))
            .Redact(new TranscribedCall(Guid.NewGuid(), CallMetadata.None, 60, call), analysis);

        var objection = Assert.Single(redacted.Analysis.Objections);
        Assert.Equal("Honestly, the price is just too high for a team our size, call my boss on [PHONE]", objection.Text);
        Assert.Equal(analysis with { Objections = redacted.Analysis.Objections }, redacted.Analysis);
        Assert.Equal(analysis.Objections[0] with { Text = objection.Text }, objection);
    }

    [Fact]
    public void ATeamThatTurnedPhonesOffKeepsThemWhileOtherTeamsAreRedacted()
    {
        var options = new RedactionOptions { Teams = { ["east"] = new RedactionOverrides { Phone = false } } };
        var segment = new TranscriptSegment(Speaker.Customer, 0, 5, "Call 13812345678 or mail li.na@example.com", []);

        Assert.Equal("Call 13812345678 or mail [EMAIL]", Redact(options, "east", segment).Segments[0].Text);
        Assert.Equal("Call [PHONE] or mail [EMAIL]", Redact(options, "west", segment).Segments[0].Text);
        Assert.Equal("Call 13812345678 or mail li.na@example.com", Redact(new RedactionOptions { Enabled = false }, "west", segment).Segments[0].Text);
    }

    [Fact]
    public void TheOriginalTextOfRedactedSegmentsIsKeptOnlyWhenConfigured()
    {
        TranscriptSegment[] call =
        [
            new(Speaker.Rep, 0, 4, "Hello there.", []),
            new(Speaker.Customer, 4, 8, "Mail li.na@example.com please.", []),
        ];

        Assert.Empty(Redact(new RedactionOptions(), null, call).Redaction.OriginalTexts);
        Assert.Equal(
            new Dictionary<int, string> { [1] = "Mail li.na@example.com please." },
            Redact(new RedactionOptions { StoreOriginal = true }, null, call).Redaction.OriginalTexts);
    }
}
