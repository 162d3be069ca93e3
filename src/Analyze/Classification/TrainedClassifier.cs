using Microsoft.ML;

namespace CallCoach.Analyze.Classification;

/// <summary>A model fresh from training, with the schema needed to save it and the card describing it.</summary>
public sealed record TrainedClassifier(MLContext Context, ITransformer Model, DataViewSchema Schema, ModelCard Card);
