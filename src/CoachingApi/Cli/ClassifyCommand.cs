using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Analyze.Classification;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach classify objection|act --input &lt;file or -&gt; [--model &lt;zip&gt;]`: one utterance a line in, one JSON object a
/// line out (`{"text":…,"label":…,"confidence":…}`); blank lines are skipped.
/// </summary>
public static class ClassifyCommand
{
    public const string Usage = "usage: callcoach classify objection|act --input <file, or - for stdin> [--model <zip>]";

    public static async Task<int> RunAsync(
        string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        if (ModelArguments.Parse(args, "--input") is not { } arguments || !arguments.Flags.TryGetValue("--input", out var input))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        using var host = CliHost.Build(settings);
        try
        {
            var model = arguments.LoadModel(host.Services);
            using var reader = input == "-" ? null : new StreamReader(input);
            var lines = reader ?? stdin;
            while (await lines.ReadLineAsync() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var result = model.Classify(line);
                await stdout.WriteLineAsync(JsonSerializer.Serialize(
                    new ClassifiedLine(line, result.Label, Math.Round(result.Confidence, 4)), OutputJson.ClassifiedLine));
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or ModelFileException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"callcoach: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    // Chinese prints as itself, not as \u escapes, as in `callcoach analyze`.
    private static readonly ClassifiedLineJson OutputJson = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

public sealed record ClassifiedLine(string Text, string Label, double Confidence);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClassifiedLine))]
public sealed partial class ClassifiedLineJson : JsonSerializerContext;
