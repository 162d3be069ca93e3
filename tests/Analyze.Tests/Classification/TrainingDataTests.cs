using CallCoach.Analyze.Classification;
using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class TrainingDataTests : IDisposable
{
    private const int MinimumPerLabelAndLanguage = 80;

    private readonly TempDirectory folder = new("training-data");

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Kinds => ["objection", "act"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedTrainingDataHasEnoughExamplesOfEveryLabelInBothLanguages(string name)
    {
        var kind = ClassifierKind.Find(name)!;

        var examples = TrainingData.Load(kind, ShippedModels.TrainingFolder);

        foreach (var language in TextLanguage.All)
        {
            foreach (var label in kind.Labels)
            {
                var count = examples.Count(e => e.Language == language && e.Label == label);
                Assert.True(count >= MinimumPerLabelAndLanguage, $"{name} {language} '{label}': {count} examples, fewer than {MinimumPerLabelAndLanguage}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedHeldOutSetHasEveryLabelInBothLanguages(string name)
    {
        var kind = ClassifierKind.Find(name)!;

        var holdout = TrainingData.LoadHoldout(kind, ShippedModels.TrainingFolder);

        Assert.Equal(
            TextLanguage.All.SelectMany(language => kind.Labels.Select(label => (language, label))).Order(),
            holdout.Select(e => (e.Language, e.Label)).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedFilesHoldTheLanguageTheirNameSays(string name)
    {
        var kind = ClassifierKind.Find(name)!;

        var all = TrainingData.Load(kind, ShippedModels.TrainingFolder).Concat(TrainingData.LoadHoldout(kind, ShippedModels.TrainingFolder));

        Assert.All(all, e => Assert.True(TextLanguage.Of(e.Text) == e.Language, $"'{e.Text}' is in the {e.Language} file"));
    }

    [Fact]
    public void TsvIsReadWithTrimmedColumnsAndBlankLinesSkipped()
    {
        var path = Write("objection.tsv", "text\tlabel", " Way too expensive. \tprice", "", "今年预算已经花完了\t budget ", "   ");

        var examples = TrainingData.ReadTsv(ClassifierKind.Objection, path);

        Assert.Equal([new LabelledText("Way too expensive.", "price", "en"), new LabelledText("今年预算已经花完了", "budget", "zh")], examples);
    }

    [Fact]
    public void HeaderIsMatchedIgnoringCaseAndSurroundingSpace()
    {
        var path = Write("act.tsv", " TEXT\tLabel ", "When can we meet?\tnext_step");

        Assert.Equal("next_step", Assert.Single(TrainingData.ReadTsv(ClassifierKind.Act, path)).Label);
    }

    [Fact]
    public void LoadReadsBothLanguageFilesAndTakesTheLanguageFromTheFileName()
    {
        Write("objection.en.tsv", "text\tlabel", "Too expensive\tprice");
        Write("objection.zh.tsv", "text\tlabel", "太贵了\tprice", "OK 没问题\tnone");
        Directory.CreateDirectory(folder.File("test"));
        Write(Path.Combine("test", "objection.en.tsv"), "text\tlabel", "Not this quarter\ttiming");
        Write(Path.Combine("test", "objection.zh.tsv"), "text\tlabel");

        var training = TrainingData.Load(ClassifierKind.Objection, folder.Path);
        var holdout = TrainingData.LoadHoldout(ClassifierKind.Objection, folder.Path);

        Assert.Equal([("Too expensive", "en"), ("太贵了", "zh"), ("OK 没问题", "zh")], training.Select(e => (e.Text, e.Language)));
        Assert.Equal([new LabelledText("Not this quarter", "timing", "en")], holdout);
    }

    [Theory]
    [InlineData("text,label")]
    [InlineData("label\ttext")]
    [InlineData("Too expensive\tprice")]
    public void BadHeaderIsAnErrorNamingTheFileAndTheFirstLine(string header)
    {
        var path = Write("objection.en.tsv", header, "Too expensive\tprice");

        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadTsv(ClassifierKind.Objection, path));

        Assert.StartsWith($"{path}:", error.Message, StringComparison.Ordinal);
        Assert.Contains("first line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsAnErrorNamingTheFile()
    {
        var path = Write("objection.en.tsv");

        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadTsv(ClassifierKind.Objection, path));

        Assert.StartsWith($"{path}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelOfTheOtherTaxonomyIsAnErrorNamingFileLineAndLabel()
    {
        // Line 4 counts the blank line before it: the number is the line an editor shows.
        var path = Write("objection.en.tsv", "text\tlabel", "Too expensive\tprice", "", "Let's meet Tuesday\tnext_step");

        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadTsv(ClassifierKind.Objection, path));

        Assert.StartsWith($"{path}:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'next_step'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Too expensive price")] // spaces, no tab
    [InlineData("Too\texpensive\tprice")] // a tab inside the text
    [InlineData("\tprice")] // no text
    public void LineThatIsNotTextTabLabelIsAnErrorNamingFileAndLine(string line)
    {
        var path = Write("objection.en.tsv", "text\tlabel", "Fine\tnone", line);

        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadTsv(ClassifierKind.Objection, path));

        Assert.StartsWith($"{path}:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsAnErrorNamingIt()
    {
        var path = folder.File("act.en.tsv");

        var error = Assert.Throws<FileNotFoundException>(() => TrainingData.ReadTsv(ClassifierKind.Act, path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionReplacesTheShippedExampleWithTheSameNormalisedTextAndTheLastCorrectionWins()
    {
        LabelledText[] shipped =
        [
            new("Too expensive!", "price", "en"),
            new("We have no budget left", "budget", "en"),
            new("太贵了", "price", "zh"),
        ];
        LabelledText[] corrections =
        [
            new("too expensive", "budget", "en"),
            new("太贵了。", "price", "zh"),
            new("TOO EXPENSIVE.", "timing", "en"),
        ];

        var merged = TrainingData.WithCorrections(shipped, corrections);

        Assert.Equal(
            [new LabelledText("We have no budget left", "budget", "en"), new LabelledText("TOO EXPENSIVE.", "timing", "en"), new LabelledText("太贵了。", "price", "zh")],
            merged);
    }

    [Fact]
    public void WithoutCorrectionsTheShippedExamplesStayAsTheyAre()
    {
        LabelledText[] shipped = [new("Too expensive", "price", "en"), new("Not now", "timing", "en")];

        Assert.Equal(shipped, TrainingData.WithCorrections(shipped, []));
    }

    [Fact]
    public void HashChangesWithAnyTextLabelOrOrderChange()
    {
        LabelledText[] examples = [new("Too expensive", "price", "en"), new("Not now", "timing", "en")];

        var hash = TrainingData.Hash(examples);

        Assert.Equal(hash, TrainingData.Hash([new("Too expensive", "price", "en"), new("Not now", "timing", "en")]));
        Assert.NotEqual(hash, TrainingData.Hash([examples[1], examples[0]]));
        Assert.NotEqual(hash, TrainingData.Hash([examples[0] with { Label = "budget" }, examples[1]]));
        Assert.NotEqual(hash, TrainingData.Hash([examples[0] with { Text = "Too expensive." }, examples[1]]));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    private string Write(string name, params string[] lines)
    {
        var path = folder.File(name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
