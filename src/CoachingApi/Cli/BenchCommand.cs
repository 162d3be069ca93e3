using System.Globalization;
using System.Text.Json;
using CallCoach.Analyze.Keywords;
using CallCoach.CoachingApi.Benchmark;
using CallCoach.Ingest.Decoding;
using CallCoach.Transcribe;
using CallCoach.Transcribe.Evaluation;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach bench asr &lt;dir&gt; [--json]`: word error rate, diarization error rate (where an RTTM file is beside
/// the audio), business-keyword precision and recall, real-time factor and peak memory, per file and overall, for
/// audio files with reference transcripts beside them.
/// `callcoach bench classify`: classifier throughput on one core. `callcoach bench train`: a full retrain, timed.
/// `callcoach bench pipeline`: one instance's throughput through channels and through queues.
/// </summary>
public static class BenchCommand
{
    private const string Usage = "usage: callcoach bench asr <dir> [--json] | callcoach bench classify [--seconds N] [--json] | callcoach bench train [--json] | callcoach bench api [--data <dir>] [--reps N] [--calls-per-rep N] [--rate R] [--seconds S] [--json] | callcoach bench pipeline <dir> [--copies N] [--queues <connection string>]";

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken ct = default)
    {
        var json = args.Contains("--json");
        var rest = args.Where(a => a != "--json").ToArray();
        return rest switch
        {
            ["asr", var folder] => await AsrAsync(folder, json, stdout, stderr, settings, ct),
            ["classify"] => await ClassifierBenchmarks.ThroughputAsync(TimeSpan.FromSeconds(5), json, stdout, settings),
            ["classify", "--seconds", var seconds] when double.TryParse(seconds, CultureInfo.InvariantCulture, out var s) && s > 0 =>
                await ClassifierBenchmarks.ThroughputAsync(TimeSpan.FromSeconds(s), json, stdout, settings),
            ["train"] => await ClassifierBenchmarks.TrainingAsync(json, stdout, settings, ct),
            ["api", .. var api] when ApiBenchmarkCommand.Parse(api) is { } options => await ApiBenchmarkCommand.RunAsync(options, json, stdout, stderr, ct),
            ["pipeline", .. var pipeline] when PipelineBenchmarkCommand.Parse(pipeline) is { } options => await PipelineBenchmarkCommand.RunAsync(options, stdout, stderr, ct),
            _ => await UsageAsync(stderr),
        };
    }

    private static async Task<int> UsageAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync(Usage);
        return 2;
    }

    private static async Task<int> AsrAsync(
        string folder, bool json, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            await stderr.WriteLineAsync($"callcoach: {folder}: no such folder");
            return 1;
        }

        var (items, skipped) = BenchmarkSet.Discover(folder);
        foreach (var reason in skipped)
        {
            await stderr.WriteLineAsync($"skipped {reason}");
        }

        if (items.Count == 0)
        {
            await stderr.WriteLineAsync($"callcoach: {folder}: no audio file with a reference transcript");
            return 1;
        }

        using var host = CliHost.Build(settings);
        var services = host.Services;
        var benchmark = new AsrBenchmark(
            services.GetRequiredService<RecordingReader>(),
            services.GetRequiredService<ChannelTranscriber>(),
            services.GetRequiredService<ISpeechRecognizerFactory>(),
            services.GetRequiredService<KeywordLexicon>());
        var files = await benchmark.RunAsync(items, ct);
        var overall = BenchmarkResult.Total("overall", files);

        await stdout.WriteAsync(json
            ? JsonSerializer.Serialize(new BenchmarkReport(files.Select(Row).ToList(), Row(overall)), BenchmarkJson.Default.BenchmarkReport) + Environment.NewLine
            : Table([.. files, overall]));
        return 0;
    }

    private static BenchmarkRow Row(BenchmarkResult r) => new(
        r.Name, Math.Round(r.AudioSeconds, 2), r.ReferenceWords, r.WordErrors, Math.Round(r.WordErrorRate, 4), r.SpeakerAttributed,
        r.ReferenceKeywords, r.FoundKeywords, r.CorrectKeywords,
        r.KeywordPrecision is { } p ? Math.Round(p, 4) : null, r.KeywordRecall is { } c ? Math.Round(c, 4) : null,
        Math.Round(r.RealTimeFactor, 4), Math.Round(r.PeakMemoryMegabytes, 1),
        Rounded(r.Diarization?.Rate, 4), Rounded(r.Diarization?.ScoredSeconds, 2), Rounded(r.Diarization?.MissedSeconds, 2),
        Rounded(r.Diarization?.FalseAlarmSeconds, 2), Rounded(r.Diarization?.ConfusionSeconds, 2),
        Rounded(r.FirstTurnWordErrorRate, 4));

    private static double? Rounded(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    private static string Table(IReadOnlyList<BenchmarkResult> rows)
    {
        var width = Math.Max(8, rows.Max(r => r.Name.Length));
        var lines = new List<string>
        {
            $"{"file".PadRight(width)}  {"audio s",8}  {"words",6}  {"WER",6}  {"1stWER",7}  {"DER",6}  {"kw ref",6}  {"kw prec",7}  {"kw rec",6}  {"RTF",6}  {"peak MB",7}",
        };
        lines.AddRange(rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name.PadRight(width)}  {r.AudioSeconds,8:0.0}  {r.ReferenceWords,6}  {r.WordErrorRate,6:0.000}{(r.SpeakerAttributed ? "*" : " ")} {Rate(r.FirstTurnWordErrorRate),7}  {Rate(r.Diarization?.Rate),6}  {r.ReferenceKeywords,6}  {Rate(r.KeywordPrecision),7}  {Rate(r.KeywordRecall),6}  {r.RealTimeFactor,6:0.000}  {r.PeakMemoryMegabytes,7:0}")));
        if (rows.Any(r => r.SpeakerAttributed))
        {
            lines.Add("* speaker-attributed: the rep's and the customer's words are each scored against their own reference");
            lines.Add("1stWER: each speaker's first turn alone (the first line of their reference against their first segment)");
        }

        if (rows.Any(r => r.Diarization is not null))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"DER: diarization error rate against <name>.rttm, speakers compared by name when the truth says rep and customer, else by the best one-to-one mapping; {DiarizationErrorRate.StandardCollarSeconds} s collar"));
        }

        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Rate(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
