using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// The two classifiers the pipeline and the API use. They start on the shipped models (a missing or corrupt one
/// stops the start with the file and the fix); a promoted version then replaces one while calls keep flowing.
/// </summary>
public sealed class ServingClassifiers
{
    private readonly LoadedClassifier shippedObjection;
    private readonly LoadedClassifier shippedAct;

    public ServingClassifiers(IOptions<ClassificationOptions> options, IOptions<DataOptions> data)
    {
        shippedObjection = Load(ClassifierKind.Objection, options, data);
        shippedAct = Load(ClassifierKind.Act, options, data);
        Objection = new TextClassifier(shippedObjection);
        Act = new TextClassifier(shippedAct);
    }

    public TextClassifier Objection { get; }

    public TextClassifier Act { get; }

    public TextClassifier For(ClassifierKind kind) => kind == ClassifierKind.Objection ? Objection : Act;

    /// <summary>The shipped model, kept loaded: a rollback past every trained version returns to it without reading it again.</summary>
    public LoadedClassifier Shipped(ClassifierKind kind) => kind == ClassifierKind.Objection ? shippedObjection : shippedAct;

    public string ShippedPath(ClassifierKind kind) => Shipped(kind).Path;

    private static LoadedClassifier Load(ClassifierKind kind, IOptions<ClassificationOptions> options, IOptions<DataOptions> data) =>
        ModelFile.Load(kind, data.Value.ModelFile(options.Value.ModelFor(kind))!);
}
