using CallCoach.Testing;
using CallCoach.Transcribe.LanguageModel;

namespace CallCoach.Transcribe.Tests.LanguageModel;

public sealed class LanguageModelTrainerTests : IDisposable
{
    private readonly TempDirectory folder = new("lm-trainer");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TrainingTextBecomesAnArpaModelWithUnpronounceableWordsAsUnknown()
    {
        var corpus = Directory.CreateDirectory(folder.File("corpus")).FullName;
        File.WriteAllLines(Path.Combine(corpus, "a.txt"), ["# a comment line", "Our renewal rate is high, isn't it?", "The Zorblax pilot starts Monday."]);
        File.WriteAllLines(Path.Combine(corpus, "b.txt"), ["The pilot is free."]);
        var known = new HashSet<string>(StringComparer.Ordinal) { "our", "renewal", "rate", "is", "high", "isn't", "it", "the", "pilot", "starts", "monday", "free" };

        var result = LanguageModelTrainer.Train(corpus, known, folder.File("lm/sales.arpa"));

        Assert.Equal((2, 3, 19), (result.Files, result.Sentences, result.Tokens));
        Assert.Equal(["zorblax"], result.UnknownWords);
        var model = ArpaModel.Parse(File.ReadAllText(folder.File("lm/sales.arpa")));
        Assert.Contains("<unk>", model.Vocabulary);
        Assert.Contains("isn't", model.Vocabulary);
        Assert.DoesNotContain("zorblax", model.Vocabulary);
        Assert.Equal(64, result.CorpusSha256.Length);
    }

    [Fact]
    public void FolderWithoutTrainingTextIsRefused()
    {
        var empty = Directory.CreateDirectory(folder.File("empty")).FullName;

        var error = Assert.Throws<InvalidDataException>(() => LanguageModelTrainer.Train(empty, new HashSet<string>(), folder.File("x.arpa")));

        Assert.Contains("no *.txt", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("x.arpa")));
    }

    [Theory]
    [InlineData("Well -- it's a two-year deal, isn't it?", new[] { "well", "it's", "a", "two", "year", "deal", "isn't", "it" })]
    [InlineData("ROI: 20%", new[] { "roi" })]
    public void TextIsNormalisedTheWayTheRecognizerSpellsWords(string line, string[] words)
    {
        Assert.Equal(words, LanguageModelText.Words(line));
    }
}
