using CallCoach.Analyze.Keywords;
using CallCoach.CoachingApi.Benchmark;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Benchmark;

public sealed class KeywordThresholdTunerTests
{
    private static readonly KeywordLexicon Lexicon = KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json"));
    private static readonly string[] Phrases = ["budget", "pilot", "demo"];

    private static TranscriptSegment Segment(double start, string text, params (string Phrase, int Score)[] spotted) =>
        new(Speaker.Customer, start, start + 3, text, [])
        {
            Spotted = [.. spotted.Select((s, i) => new SpottedKeyword(s.Phrase, start + i * 0.5, start + i * 0.5 + 0.4, s.Score))],
        };

    private static KeywordThresholdTuner.TuningCall Call(Dictionary<string, int> expected, params TranscriptSegment[] segments) =>
        new(segments, expected);

    [Fact]
    public void ThresholdAdmitsTheMissedKeywordsButNotTheWeakerFalseAlarms()
    {
        // "budget" was said twice and the transcript missed both; the search found them at -900 and -1000,
        // and fired falsely at -2000 and -2100 elsewhere.
        var calls = new[]
        {
            Call(new() { ["budget"] = 1 }, Segment(0, "we have no but yet", ("budget", -900)), Segment(5, "a nice day", ("budget", -2000))),
            Call(new() { ["budget"] = 1 }, Segment(0, "the bud get is frozen", ("budget", -1000)), Segment(5, "see you soon", ("budget", -2100))),
        };
        var tuner = new KeywordThresholdTuner(Lexicon);

        var thresholds = tuner.Tune(calls, Phrases);

        Assert.InRange(thresholds["budget"], -1999, -1000);
        var tally = tuner.Score(calls, thresholds);
        Assert.Equal((2, 2, 2), (tally.Expected, tally.Found, tally.Correct));
    }

    [Fact]
    public void PhraseTheSearchOnlyEverFiredFalselyOnIsLeftOff()
    {
        var calls = new[]
        {
            Call(new() { ["pilot"] = 1 }, Segment(0, "a pilot in one office", ("pilot", -800), ("demo", -700)), Segment(5, "thanks", ("demo", -900))),
        };
        var tuner = new KeywordThresholdTuner(Lexicon);

        var thresholds = tuner.Tune(calls, Phrases);

        Assert.Equal(KeywordThresholdTuner.Off, thresholds["demo"]);
        var tally = tuner.Score(calls, thresholds);
        Assert.Equal(1.0, tally.Precision);
        Assert.Equal(1.0, tally.Recall);
    }

    [Fact]
    public void WithEverythingOffOnlyTheTranscriptTextCounts()
    {
        var calls = new[] { Call(new() { ["budget"] = 2 }, Segment(0, "the budget", ("budget", -500), ("budget", -600))) };
        var tuner = new KeywordThresholdTuner(Lexicon);

        var tally = tuner.Score(calls, Phrases.ToDictionary(p => p, _ => KeywordThresholdTuner.Off));

        Assert.Equal((2, 1, 1), (tally.Expected, tally.Found, tally.Correct));
    }
}
