using System.Text.Encodings.Web;
using System.Text.Json;
using CallCoach.Analyze;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Metadata;
using CallCoach.Transcribe;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach analyze &lt;file&gt; [--meta &lt;file.json&gt;]`: one recording or transcript through the same stage code
/// as the service, without a server or database. JSON on stdout; logs and errors on stderr.
/// </summary>
public static class AnalyzeCommand
{
    private const string Usage = "usage: callcoach analyze <file> [--meta <file.json>]";

    /// <param name="settings">Configuration on top of the defaults, as a host's tests or a wrapper would set it.</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken ct = default)
    {
        if (!TryParse(args, out var file, out var meta))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        using var host = CliHost.Build(settings);
        var services = host.Services;

        try
        {
            if (!File.Exists(file))
            {
                throw new UnreadableRecordingException("no such file");
            }

            var metadataPath = meta ?? SidecarReader.PathFor(file);
            var metadata = meta is not null || File.Exists(metadataPath) ? await SidecarReader.ReadAsync(metadataPath, ct) : CallMetadata.None;
            var content = services.GetRequiredService<RecordingReader>().Read(file, metadata, ct);
            var segments = content.Transcript ?? await TranscribeAsync(services, content, metadata.RepId, ct);
            var analysis = services.GetRequiredService<CallAnalyzer>().Analyze(content.DurationSeconds, segments);

            var output = new AnalyzeOutput(
                Math.Round(analysis.DurationSeconds, 2),
                analysis.Effective,
                [.. analysis.Keywords.Select(k => new AnalyzeKeyword(k.Term, k.Count))],
                [.. segments.Select(s => new AnalyzeSegment(s.Speaker.ToString().ToLowerInvariant(), s.Start, s.End, s.Text))],
                analysis.Reasons,
                analysis.Objections,
                analysis.Acts,
                analysis.Compliance,
                analysis.Metrics,
                analysis.AxisScores);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(output, OutputJson.AnalyzeOutput));
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"callcoach: {file}: {OneLine(e.Message)}");
            return 1;
        }
    }

    private static async Task<IReadOnlyList<TranscriptSegment>> TranscribeAsync(
        IServiceProvider services, RecordingContent content, string? repId, CancellationToken ct)
    {
        using var recognizer = services.GetRequiredService<ISpeechRecognizerFactory>().Create();
        return await services.GetRequiredService<ChannelTranscriber>().TranscribeAsync(content.Audio!, content.ChannelSpeakers, repId, recognizer, ct);
    }

    private static bool TryParse(string[] args, out string file, out string? meta)
    {
        file = string.Empty;
        meta = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--meta" && i + 1 < args.Length)
            {
                meta = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return false;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (rest.Count != 1)
        {
            return false;
        }

        file = rest[0];
        return true;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    // Chinese text and quotes print as themselves, not as \u escapes; this output goes to a terminal or a file.
    private static readonly AnalyzeOutputJson OutputJson = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
