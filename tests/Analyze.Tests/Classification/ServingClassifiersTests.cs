using CallCoach.Analyze.Classification;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class ServingClassifiersTests
{
    [Fact]
    public void EachKindIsServedByItsShippedModel()
    {
        var serving = ShippedModels.Serving;

        Assert.Same(serving.Objection, serving.For(ClassifierKind.Objection));
        Assert.Same(serving.Act, serving.For(ClassifierKind.Act));
        Assert.Same(ClassifierKind.Objection, serving.Objection.Kind);
        Assert.Same(ClassifierKind.Act, serving.Act.Kind);
        Assert.Equal(Path.Combine(RepositoryPaths.Models, "objection.zip"), serving.ShippedPath(ClassifierKind.Objection));
        Assert.Equal(Path.Combine(RepositoryPaths.Models, "act.zip"), serving.ShippedPath(ClassifierKind.Act));
        Assert.Equal(serving.ShippedPath(ClassifierKind.Act), serving.Act.Current.Path);
    }

    [Theory]
    [InlineData("objection")]
    [InlineData("act")]
    public void MissingShippedModelStopsTheStartNamingTheFileAndTheFix(string name)
    {
        var options = new ClassificationOptions();
        if (name == "objection")
        {
            options.ObjectionModel = "no-such-objection.zip";
        }
        else
        {
            options.ActModel = "no-such-act.zip";
        }

        var error = Assert.Throws<ModelFileException>(() => new ServingClassifiers(Options.Create(options), ShippedModels.Data));

        Assert.Contains(Path.Combine(RepositoryPaths.Models, $"no-such-{name}.zip"), error.Message, StringComparison.Ordinal);
        Assert.Contains($"`callcoach train {name}`", error.Message, StringComparison.Ordinal);
    }
}
