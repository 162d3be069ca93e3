using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// One model version, ready to classify from many threads: a PredictionEngine is not thread-safe, so each call
/// borrows one from a pool that belongs to this version. A promoted version gets a new instance and a new pool,
/// and calls still holding the old one finish on it.
/// </summary>
public sealed class LoadedClassifier
{
    private readonly ObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>> engines;

    internal LoadedClassifier(ClassifierKind kind, MLContext ml, ITransformer model, ModelCard card, string path)
    {
        Kind = kind;
        Card = card;
        Path = path;
        Model = model;
        Context = ml;
        engines = new DefaultObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>>(
            new EnginePolicy(ml, model), Environment.ProcessorCount * 4);
    }

    public ClassifierKind Kind { get; }

    public ModelCard Card { get; }

    public string Path { get; }

    internal ITransformer Model { get; }

    internal MLContext Context { get; }

    public Classification Classify(string text)
    {
        var engine = engines.Get();
        try
        {
            var output = engine.Predict(new ClassifierInput { Text = TextNormalizer.Normalize(text) });
            return new Classification(output.PredictedLabel, output.Score.Length == 0 ? 0 : output.Score.Max());
        }
        finally
        {
            engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<ClassifierInput, ClassifierOutput>>
    {
        public PredictionEngine<ClassifierInput, ClassifierOutput> Create() =>
            ml.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(model);

        public bool Return(PredictionEngine<ClassifierInput, ClassifierOutput> obj) => true;
    }
}
