using CallCoach.Testing;
using CallCoach.Transcribe.Evaluation;
using CallCoach.Transcribe.PocketSphinx;

namespace CallCoach.Transcribe.Tests.PocketSphinx;

/// <summary>The shipped sales-domain language model and keyword search, on flite speech.</summary>
public sealed class SalesDomainRecognitionTests : IDisposable
{
    private const string SalesSentence = "Our renewal rate is above ninety percent, and the delivery cycle is six weeks before procurement signs off on the pilot.";

    private readonly TempDirectory folder = new("sales-domain");

    public void Dispose() => folder.Dispose();

    private static async Task<string> HearAsync(PocketSphinxRecognizer recognizer, short[] samples) =>
        string.Join(' ', (await recognizer.RecognizeAsync(samples, 16_000, CancellationToken.None)).Select(w => w.Text));

    [Fact]
    public async Task SalesVocabularyIsRecognisedWithTheDomainModelAndNoWorseThanWithTheGenericOne()
    {
        var samples = await Speech.SynthesizeAsync(folder.Path, SalesSentence);
        using var domain = Recognizers.Create();
        using var generic = Recognizers.Create(Recognizers.Generic);

        var withDomain = await HearAsync(domain, samples);
        var withGeneric = await HearAsync(generic, samples);

        foreach (var term in new[] { "renewal rate", "delivery cycle", "procurement", "pilot" })
        {
            Assert.Contains(term, withDomain, StringComparison.Ordinal);
        }

        Assert.True(
            WordErrorRate.Of(SalesSentence, withDomain) <= WordErrorRate.Of(SalesSentence, withGeneric),
            $"domain heard \"{withDomain}\", generic heard \"{withGeneric}\"");
    }

    [Theory]
    [InlineData("We have no budget for this until next quarter.", "budget")]
    [InlineData("The onboarding takes two weeks for the whole team.", "onboarding")] // only the domain dictionary has it
    public async Task KeywordSearchSpotsAPhraseInsideTheUtteranceAtAPermissiveThreshold(string sentence, string phrase)
    {
        var samples = await Speech.SynthesizeAsync(folder.Path, sentence);
        using var recognizer = new PocketSphinxRecognizer(Recognizers.Files() with { Keywords = [new KeywordThreshold(phrase, int.MinValue)] });

        var heard = await recognizer.RecognizeAsync(samples, 16_000, CancellationToken.None);
        var spotted = recognizer.Spot(samples, 16_000, CancellationToken.None);

        // The surest detection is where the transcript has the word.
        var word = Assert.Single(heard, w => w.Text == phrase);
        var best = spotted.Where(k => k.Phrase == phrase).MaxBy(k => k.Score);
        Assert.NotNull(best);
        Assert.True(best.Start < word.End && word.Start < best.End, $"spotted {best.Start}-{best.End}, transcript {word.Start}-{word.End}");
    }

    [Fact]
    public async Task DetectionsBelowTheirPhrasesThresholdAreDropped()
    {
        var samples = await Speech.SynthesizeAsync(folder.Path, "We have no budget for this until next quarter.");
        using var recognizer = new PocketSphinxRecognizer(Recognizers.Files() with { Keywords = [new KeywordThreshold("budget", int.MaxValue)] });

        Assert.Empty(recognizer.Spot(samples, 16_000, CancellationToken.None));
    }

    [Fact]
    public async Task RecognizerWithoutKeywordsSpotsNothingAndStillTranscribes()
    {
        var samples = await Speech.SynthesizeAsync(folder.Path, "We have no budget for this until next quarter.");
        using var recognizer = Recognizers.Create(Recognizers.Generic);

        Assert.Empty(recognizer.Spot(samples, 16_000, CancellationToken.None));
        Assert.Contains("budget", await HearAsync(recognizer, samples), StringComparison.Ordinal);
    }

    [Fact]
    public void DomainWordsMissingFromTheGenericDictionaryAreAdded()
    {
        using var recognizer = Recognizers.Create();

        Assert.True(recognizer.Knows("onboarding"));
        Assert.False(Recognizers.Create(Recognizers.Generic).Knows("onboarding"));
    }
}
