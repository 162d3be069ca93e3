using CallCoach.Analyze.Keywords;
using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Keywords;

public sealed class KeywordLexiconTests
{
    [Fact]
    public void RealLexiconLoadsEveryTermWithItsConcept()
    {
        var lexicon = KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json"));

        Assert.Equal(18, lexicon.Terms.Select(t => t.Concept).Distinct().Count());
        Assert.Equal(lexicon.Terms.Count, lexicon.Terms.Select(t => t.Term).Distinct().Count());
        Assert.Equal("trial period", lexicon.Terms.Single(t => t.Term == "试用期").Concept);
        Assert.Equal("price", lexicon.Terms.Single(t => t.Term == "pricing").Concept);
        Assert.Equal("return on investment", lexicon.Terms.Single(t => t.Term == "ROI").Concept);
    }

    [Fact]
    public void MissingLexiconFileNamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-lexicon-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FileNotFoundException>(() => KeywordLexicon.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"concepts\": [ ")]
    [InlineData("{ \"concepts\": [] }")]
    [InlineData("{}")]
    public void LexiconThatIsBrokenOrEmptyIsRefused(string json)
    {
        using var folder = new TempDirectory("analyze-lexicon");
        var path = folder.File("lexicon.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => KeywordLexicon.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermsAreTrimmed()
    {
        var term = KeywordTerm.Create("  free trial ", "trial period");

        Assert.Equal("free trial", term.Term);
        Assert.Matches(term.Pattern, "a FREE trial");
    }
}
