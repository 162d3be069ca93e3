using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.CoachingApi.Cli;

/// <summary>What a trained language model was built from, kept beside it so a model can be traced to its text.</summary>
public sealed record LanguageModelCard(
    string Model,
    DateTimeOffset TrainedAt,
    string CorpusSha256,
    int Files,
    int Turns,
    int Words,
    int Vocabulary,
    IReadOnlyList<string> UnknownWords)
{
    public static async Task WriteAsync(string path, LanguageModelCard card, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, card, LanguageModelCardJson.Default.LanguageModelCard, ct);
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(LanguageModelCard))]
public sealed partial class LanguageModelCardJson : JsonSerializerContext;
