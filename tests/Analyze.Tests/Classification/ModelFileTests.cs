using CallCoach.Analyze.Classification;
using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class ModelFileTests : IDisposable
{
    private readonly TempDirectory folder = new("model-file");

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Kinds => ["objection", "act"];

    private static LoadedClassifier Shipped(ClassifierKind kind) => ShippedModels.Serving.For(kind).Current;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedModelCardIsForItsKindAndScoresOnlyItsLabels(string name)
    {
        var kind = ClassifierKind.Find(name)!;

        var card = Shipped(kind).Card;

        Assert.Equal(name, card.Name);
        Assert.Contains(card.Trainer, card.Candidates.Select(c => c.Trainer));
        Assert.Equal(kind.Labels, card.CrossValidation.Labels);
        Assert.Equal(kind.Labels, card.CrossValidation.Classes.Select(c => c.Label));
        var holdout = Assert.IsType<ClassificationReport>(card.Holdout);
        Assert.Equal(kind.Labels, holdout.Labels);
        Assert.Equal(kind.Labels, holdout.Classes.Select(c => c.Label));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedCardNamesTheShippedTrainingData(string name)
    {
        var kind = ClassifierKind.Find(name)!;
        var examples = TrainingData.Load(kind, ShippedModels.TrainingFolder);

        var card = Shipped(kind).Card;

        Assert.Equal(TrainingData.Hash(examples), card.DataHash);
        Assert.Equal(
            examples.CountBy(e => e.Language).OrderBy(p => p.Key, StringComparer.Ordinal),
            card.Examples.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShippedModelPredictsOnlyItsLabelsAndScoresOnTheHeldOutSetWhatItsCardSays(string name)
    {
        var kind = ClassifierKind.Find(name)!;
        var model = Shipped(kind);
        var holdout = TrainingData.LoadHoldout(kind, ShippedModels.TrainingFolder);

        var results = holdout.Select(e => model.Classify(e.Text)).ToList();

        Assert.All(results, r => Assert.Contains(r.Label, kind.Labels));
        Assert.All(results, r => Assert.InRange(r.Confidence, 1.0 / kind.Labels.Count, 1.0));
        var report = ClassificationReport.From(kind.Labels, [.. holdout.Select(e => e.Label)], [.. results.Select(r => r.Label)]);
        Assert.Equal(model.Card.Holdout!.MacroF1, report.MacroF1, 9);
    }

    [Fact]
    public void MissingModelIsAnErrorNamingTheFileAndTheFix()
    {
        var zip = folder.File("objection.zip");

        var message = RefusedLoad(ClassifierKind.Objection, zip);

        Assert.Contains(zip, message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCardIsAnErrorNamingTheCardAndTheFix()
    {
        var zip = CopyShipped("act.zip", "act.zip");

        var message = RefusedLoad(ClassifierKind.Act, zip);

        Assert.Contains(folder.File("act.json"), message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptModelIsAnErrorNamingTheFileAndTheFix()
    {
        var zip = folder.File("objection.zip");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(zip, bytes);
        CopyShipped("objection.json", "objection.json");

        Assert.Contains(zip, RefusedLoad(ClassifierKind.Objection, zip), StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptCardIsAnErrorNamingTheModelAndTheFix()
    {
        var zip = CopyShipped("act.zip", "act.zip");
        File.WriteAllText(folder.File("act.json"), "{ not json");

        Assert.Contains(zip, RefusedLoad(ClassifierKind.Act, zip), StringComparison.Ordinal);
    }

    [Fact]
    public void CardOfTheOtherModelIsAnErrorNamingTheFileBothModelsAndTheFix()
    {
        // The act model's card beside the objection model: someone copied the wrong pair.
        var zip = CopyShipped("objection.zip", "objection.zip");
        CopyShipped("act.json", "objection.json");

        var message = RefusedLoad(ClassifierKind.Objection, zip);

        Assert.Contains(zip, message, StringComparison.Ordinal);
        Assert.Contains("'act' model, not 'objection'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelOfTheOtherKindIsRefusedEvenWithAMatchingCard()
    {
        // The act model renamed to objection.zip, card and all: its predictions give it away.
        var zip = CopyShipped("act.zip", "objection.zip");
        var card = ModelCard.Read(Path.Combine(RepositoryPaths.Models, "act.json")) with { Name = "objection" };
        card.Write(folder.File("objection.json"));

        var message = RefusedLoad(ClassifierKind.Objection, zip);

        Assert.Contains(zip, message, StringComparison.Ordinal);
        Assert.Contains("not a objection label", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedAndReloadedModelClassifiesAsBeforeAndKeepsItsCard()
    {
        var trained = SmallModels.Train(ClassifierKind.Objection, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var before = SmallModels.Loaded(ClassifierKind.Objection, trained);
        var zip = Path.Combine(folder.Path, "versions", "objection.zip");
        string[] texts = ["That's way too expensive for us", "今年预算已经花完了，明年再说吧", "We already use Salesforce", "Good morning", ""];

        ModelFile.Save(trained, zip);
        var after = ModelFile.Load(ClassifierKind.Objection, zip);

        Assert.Equal(["objection.json", "objection.zip"], Directory.GetFiles(Path.GetDirectoryName(zip)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(zip, after.Path);
        Assert.Equal(trained.Card.Version, after.Card.Version);
        Assert.Equal(trained.Card.DataHash, after.Card.DataHash);
        Assert.Equal(trained.Card.CrossValidation.MacroF1, after.Card.CrossValidation.MacroF1);
        foreach (var text in texts)
        {
            var expected = before.Classify(text);
            var actual = after.Classify(text);
            Assert.Equal(expected.Label, actual.Label);
            Assert.Equal(expected.Confidence, actual.Confidence, 6);
        }
    }

    [Fact]
    public void SavingOverAModelReplacesBothFiles()
    {
        var zip = folder.File("objection.zip");
        ModelFile.Save(SmallModels.Train(ClassifierKind.Objection, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)), zip);

        ModelFile.Save(SmallModels.Train(ClassifierKind.Objection, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero)), zip);

        Assert.Equal("20260302.120000000", ModelFile.Load(ClassifierKind.Objection, zip).Card.Version);
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    private string CopyShipped(string shipped, string name)
    {
        var path = folder.File(name);
        File.Copy(Path.Combine(RepositoryPaths.Models, shipped), path);
        return path;
    }

    /// <summary>Loading fails with a ModelFileException that says which verb rebuilds the model; returns its message.</summary>
    private static string RefusedLoad(ClassifierKind kind, string zip)
    {
        var error = Assert.Throws<ModelFileException>(() => ModelFile.Load(kind, zip));
        Assert.Contains($"`callcoach train {kind.Name}`", error.Message, StringComparison.Ordinal);
        return error.Message;
    }
}
