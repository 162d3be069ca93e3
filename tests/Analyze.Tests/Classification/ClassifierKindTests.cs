using CallCoach.Analyze.Classification;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class ClassifierKindTests
{
    // Written out, not taken from the constants: these names are in stored JSON, the API and the training data.
    private static readonly string[] ObjectionLabels = ["price", "budget", "timing", "authority", "need", "competitor", "trust", "terms", "none"];
    private static readonly string[] ActLabels =
        ["discovery_question", "budget_question", "decision_question", "success_case", "roi", "next_step", "other"];

    [Fact]
    public void ObjectionTaxonomyIsExactlyTheIssuesList()
    {
        Assert.Equal(ObjectionLabels, ObjectionTypes.All);
        Assert.Equal(ObjectionLabels, ClassifierKind.Objection.Labels);
        Assert.Equal("none", ClassifierKind.Objection.NothingLabel);
    }

    [Fact]
    public void RepActTaxonomyIsExactlyTheIssuesList()
    {
        Assert.Equal(ActLabels, RepActs.All);
        Assert.Equal(ActLabels, ClassifierKind.Act.Labels);
        Assert.Equal("other", ClassifierKind.Act.NothingLabel);
    }

    [Fact]
    public void ObjectionsAreReadFromCustomersAndActsFromReps()
    {
        Assert.Equal(Speaker.Customer, ClassifierKind.Objection.Speaker);
        Assert.Equal(Speaker.Rep, ClassifierKind.Act.Speaker);
    }

    [Fact]
    public void TheTwoTaxonomiesShareNoLabelSoALabelNamesItsModel()
    {
        Assert.Empty(ObjectionTypes.All.Intersect(RepActs.All));
        Assert.All(ObjectionTypes.All, label => Assert.Same(ClassifierKind.Objection, ClassifierKind.ForLabel(label)));
        Assert.All(RepActs.All, label => Assert.Same(ClassifierKind.Act, ClassifierKind.ForLabel(label)));
        Assert.Null(ClassifierKind.ForLabel("Price"));
    }

    [Theory]
    [InlineData("objection", "objection")]
    [InlineData("ACT", "act")]
    [InlineData("lm", null)]
    public void KindIsFoundByNameIgnoringCase(string name, string? found)
    {
        Assert.Equal(found, ClassifierKind.Find(name)?.Name);
    }
}
