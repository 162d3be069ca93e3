using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Text in, label out. Features are word unigrams and bigrams plus character trigrams of the normalised text:
/// the words carry English meaning, and because every Chinese character is its own token there, the same word
/// n-grams are Chinese character unigrams and bigrams; the character trigrams catch inflections and misrecognitions.
/// Every trainer runs on one thread, so training leaves the pipeline a core and a fixed seed gives the same model.
/// </summary>
internal static class ClassifierPipeline
{
    public static IEstimator<ITransformer> Build(MLContext ml, TrainerName trainer) =>
        ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", Featurizer, nameof(ClassifierInput.Text)))
            // The trainers pass over the data many times; without the cache each pass would featurise again.
            .AppendCacheCheckpoint(ml)
            .Append(Trainer(ml, trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(ClassifierOutput.PredictedLabel)));

    private static TextFeaturizingEstimator.Options Featurizer => new()
    {
        // TextNormalizer already did casing, punctuation and numbers, identically for training and prediction.
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static IEstimator<ITransformer> Trainer(MLContext ml, TrainerName trainer) => trainer switch
    {
        TrainerName.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        TrainerName.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            // The defaults (L1 1, L2 1) starve a sparse n-gram model: cross-validated macro-F1 0.56 on the objection
            // data. L2 0.01 without L1 scored best of 0.01–0.3 in cross-validation, on both models (decision 012).
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, L2Regularization = 0.01f, L1Regularization = 0 }),
        TrainerName.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(
            new LightGbmMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                NumberOfIterations = 150,
                MinimumExampleCountPerLeaf = 5,
                UseSoftmax = true,
                Seed = 1,
                Silent = true,
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
    };
}
