using CallCoach.Transcribe.Evaluation;
using CallCoach.Transcribe.PocketSphinx;

namespace CallCoach.Transcribe.Tests.PocketSphinx;

/// <summary>The real PocketSphinx engine on flite speech; nothing here is mocked.</summary>
[Collection(RecognizerCollection.Name)]
public sealed class PocketSphinxRecognizerTests(SpeechSamples speech)
{
    private static PocketSphinxRecognizer Create() => Recognizers.Create();

    private static async Task<string> RecognizeAsync(PocketSphinxRecognizer recognizer, short[] samples) =>
        string.Join(' ', (await recognizer.RecognizeAsync(samples, 16_000, CancellationToken.None)).Select(w => w.Text));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task FliteSentenceIsRecognisedWithMostWordsRight(int sentence)
    {
        using var recognizer = Create();

        var text = await RecognizeAsync(recognizer, speech.SentenceSamples[sentence]);

        var wer = WordErrorRate.Of(SpeechSamples.Sentences[sentence], text);
        Assert.True(wer < 0.35, $"WER {wer:P0}: heard \"{text}\" for \"{SpeechSamples.Sentences[sentence]}\"");
    }

    [Fact]
    public async Task RecognisedWordsAreTimedInOrderWithinTheUtterance()
    {
        using var recognizer = Create();
        var samples = speech.SentenceSamples[0];

        var words = await recognizer.RecognizeAsync(samples, 16_000, CancellationToken.None);

        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(w.Start < w.End, $"{w.Text} {w.Start}-{w.End}"));
        Assert.All(words, w => Assert.DoesNotMatch(@"^<|^\[|\(\d+\)$", w.Text));
        for (var i = 1; i < words.Count; i++)
        {
            Assert.True(words[i].Start >= words[i - 1].End - 0.001, $"{words[i - 1].Text} then {words[i].Text}");
        }

        Assert.InRange(words[^1].End, 0, (double)samples.Length / 16_000 + 0.01);
    }

    [Fact]
    public async Task FirstUtteranceOfAFreshRecognizerIsRecognisedAsWellAsWhenDecodedAgain()
    {
        // Cepstral mean normalisation: a fresh decoder must not hear its first utterance worse than later ones.
        var reference = SpeechSamples.Sentences[0];
        using var fresh = Create();
        var first = WordErrorRate.Of(reference, await RecognizeAsync(fresh, speech.SentenceSamples[0]));
        var second = WordErrorRate.Of(reference, await RecognizeAsync(fresh, speech.SentenceSamples[0]));

        using var warmed = Create();
        await RecognizeAsync(warmed, speech.SentenceSamples[2]);
        var afterOther = WordErrorRate.Of(reference, await RecognizeAsync(warmed, speech.SentenceSamples[0]));

        Assert.True(first <= second + 0.1, $"first decode WER {first:P0}, second {second:P0}");
        Assert.True(first <= afterOther + 0.1, $"first decode WER {first:P0}, after another utterance {afterOther:P0}");
    }

    [Fact]
    public async Task SilenceIsRecognisedAsNoWords()
    {
        using var recognizer = Create();

        Assert.Empty(await recognizer.RecognizeAsync(new short[16_000], 16_000, CancellationToken.None));
    }

    [Fact]
    public async Task AudioAtAnotherSampleRateIsRefused()
    {
        using var recognizer = Create();

        await Assert.ThrowsAsync<ArgumentException>(() => recognizer.RecognizeAsync(new short[8_000], 8_000, CancellationToken.None));
    }

    [Fact]
    public async Task DisposedRecognizerRefusesToDecode()
    {
        var recognizer = Create();
        recognizer.Dispose();
        recognizer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => recognizer.RecognizeAsync(new short[16_000], 16_000, CancellationToken.None));
    }

    [Fact]
    public void FactoryCreatesIndependentRecognizers()
    {
        var factory = Recognizers.Factory();

        using var one = factory.Create();
        using var two = factory.Create();

        Assert.NotSame(one, two);
    }
}
