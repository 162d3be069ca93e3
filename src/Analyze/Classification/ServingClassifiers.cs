using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// The two classifiers the pipeline and the API use. They start on the shipped models (a missing or corrupt one
/// stops the start with the file and the fix); a promoted version then replaces one while calls keep flowing.
/// </summary>
public sealed class ServingClassifiers(IOptions<ClassificationOptions> options, IOptions<DataOptions> data)
{
    public TextClassifier Objection { get; } = new(ModelFile.Load(ClassifierKind.Objection, Shipped(ClassifierKind.Objection, options, data)));

    public TextClassifier Act { get; } = new(ModelFile.Load(ClassifierKind.Act, Shipped(ClassifierKind.Act, options, data)));

    public TextClassifier For(ClassifierKind kind) => kind == ClassifierKind.Objection ? Objection : Act;

    public string ShippedPath(ClassifierKind kind) => Shipped(kind, options, data);

    private static string Shipped(ClassifierKind kind, IOptions<ClassificationOptions> options, IOptions<DataOptions> data) =>
        data.Value.ModelFile(options.Value.ModelFor(kind))!;
}
