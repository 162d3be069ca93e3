using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// What `models/&lt;name&gt;.json` says about its model: which version, when and how long it trained, on which data
/// (hash and counts), which trainer won, every candidate's cross-validated macro-F1, and the kept model's
/// cross-validated and held-out reports.
/// </summary>
public sealed record ModelCard(
    string Name,
    string Version,
    DateTimeOffset TrainedAt,
    double TrainingSeconds,
    string DataHash,
    string Trainer,
    IReadOnlyDictionary<string, int> Examples,
    IReadOnlyList<CandidateScore> Candidates,
    ClassificationReport CrossValidation,
    ClassificationReport? Holdout)
{
    public static ModelCard Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), ModelCardJson.Default.ModelCard)
        ?? throw new InvalidDataException($"{path} holds no model card.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, ModelCardJson.Default.ModelCard));
}

public sealed record CandidateScore(string Trainer, double CrossValidatedMacroF1, double Seconds);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ModelCard))]
public sealed partial class ModelCardJson : JsonSerializerContext;
