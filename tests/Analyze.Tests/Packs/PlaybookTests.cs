using CallCoach.Analyze.Packs;
using CallCoach.Core.Analysis;
using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Packs;

public sealed class PlaybookTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(RepositoryPaths.Models, "playbook");
    private readonly TempDirectory folder = new("playbook");

    [Fact]
    public void TheShippedPlaybookCoversEveryAxisInBothLanguages()
    {
        var playbook = Playbook.Load(Shipped);

        foreach (var language in new[] { "en", "zh" })
        {
            var mine = playbook.Templates.Where(t => t.Language == language).ToList();
            Assert.Equal(24, mine.Count);
            Assert.Equal(9, mine.Count(t => t.Axis == RadarAxes.ObjectionHandling));
            Assert.All(RadarAxes.All, axis => Assert.Contains(mine, t => t.Axis == axis && t.Objection == Playbook.Any));
            Assert.All(mine, t => Assert.InRange(t.ModelAnswers.Count, 3, 4));
        }
    }

    [Fact]
    public void FindingATemplateFallsBackToTheGeneralTemplateOfItsAxis()
    {
        var playbook = Playbook.Load(Shipped);

        var price = playbook.Find(RadarAxes.ObjectionHandling, ObjectionTypes.Price, "zh");
        var fallback = playbook.Find(RadarAxes.Closing, ObjectionTypes.Competitor, "en");

        Assert.Equal(("objectionHandling", "price", "zh"), (price.Axis, price.Objection, price.Language));
        Assert.Contains(price.ModelAnswers, a => a.Customer.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.Equal(("closing", "any", "en"), (fallback.Axis, fallback.Objection, fallback.Language));
    }

    [Fact]
    public void AnUnknownAxisNameIsRefusedNamingTheFileAndTemplate()
    {
        File.Copy(Path.Combine(Shipped, "zh.json"), folder.File("zh.json"));
        File.WriteAllText(folder.File("en.json"), File.ReadAllText(Path.Combine(Shipped, "en.json")).Replace("\"axis\": \"closing\"", "\"axis\": \"closure\"", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => Playbook.Load(folder.Path));

        Assert.Contains("en.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'closure'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingLanguageFileIsAClearError()
    {
        File.Copy(Path.Combine(Shipped, "en.json"), folder.File("en.json"));

        var error = Assert.Throws<FileNotFoundException>(() => Playbook.Load(folder.Path));

        Assert.Contains("zh.json is missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
