using Microsoft.ML;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// A model on disk: `&lt;name&gt;.zip` (the ML.NET model) beside `&lt;name&gt;.json` (its card). Both are written to a
/// temporary name and moved into place, so a reader never sees half a model.
/// </summary>
public static class ModelFile
{
    public static string CardPath(string zipPath) => System.IO.Path.ChangeExtension(zipPath, ".json");

    public static void Save(TrainedClassifier trained, string zipPath)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(zipPath))!);
        var temporaryZip = zipPath + ".tmp";
        var temporaryCard = CardPath(zipPath) + ".tmp";
        using (var stream = File.Create(temporaryZip))
        {
            trained.Context.Model.Save(trained.Model, trained.Schema, stream);
        }

        trained.Card.Write(temporaryCard);
        File.Move(temporaryZip, zipPath, overwrite: true);
        File.Move(temporaryCard, CardPath(zipPath), overwrite: true);
    }

    /// <summary>Loads and checks a model; a missing, corrupt or mislabelled file is a clear error naming the fix.</summary>
    public static LoadedClassifier Load(ClassifierKind kind, string zipPath)
    {
        var fix = $"run `callcoach train {kind.Name}` to rebuild it";
        if (!File.Exists(zipPath))
        {
            throw new ModelFileException($"The {kind.Name} model {zipPath} is missing; {fix}.");
        }

        var cardPath = CardPath(zipPath);
        if (!File.Exists(cardPath))
        {
            throw new ModelFileException($"The {kind.Name} model card {cardPath} is missing; {fix}.");
        }

        ModelCard card;
        ITransformer model;
        var ml = new MLContext(1);
        try
        {
            card = ModelCard.Read(cardPath);
            using var stream = File.OpenRead(zipPath);
            model = ml.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is not ModelFileException)
        {
            throw new ModelFileException($"The {kind.Name} model {zipPath} cannot be read ({e.Message}); {fix}.", e);
        }

        if (card.Name != kind.Name)
        {
            throw new ModelFileException($"{zipPath} is a '{card.Name}' model, not '{kind.Name}'; {fix}.");
        }

        var loaded = new LoadedClassifier(kind, ml, model, card, zipPath);
        try
        {
            // A model that loads but cannot score (wrong columns, foreign pipeline) must fail here, not on the first call.
            var probe = loaded.Classify("hello");
            if (!kind.Labels.Contains(probe.Label))
            {
                throw new ModelFileException($"{zipPath} predicts '{probe.Label}', which is not a {kind.Name} label; {fix}.");
            }
        }
        catch (Exception e) when (e is not ModelFileException)
        {
            throw new ModelFileException($"The {kind.Name} model {zipPath} cannot classify ({e.Message}); {fix}.", e);
        }

        return loaded;
    }
}
