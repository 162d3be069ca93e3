using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.CoachingApi.Benchmark;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach bench api`: the radar and pack query latency and the weekly pack generation time on a store of
/// 100,000 calls of 1,000 reps (seeded into `--data`, default a new temp folder, reused when it already holds one).
/// </summary>
public static class ApiBenchmarkCommand
{
    public sealed record Options(string Data, int Reps, int CallsPerRep, double Rate, double Seconds);

    public static Options? Parse(string[] args)
    {
        var options = new Options(Path.Combine(Path.GetTempPath(), $"callcoach-bench-api-{Guid.NewGuid():N}"), 1000, 100, 200, 30);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var number = double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (double?)null;
            options = (args[i], number) switch
            {
                ("--data", _) => options with { Data = args[i + 1] },
                ("--reps", { } v) => options with { Reps = (int)v },
                ("--calls-per-rep", { } v) => options with { CallsPerRep = (int)v },
                ("--rate", { } v) => options with { Rate = v },
                ("--seconds", { } v) => options with { Seconds = v },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? options : null;
    }

    public static async Task<int> RunAsync(Options options, bool json, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var report = await ApiBenchmark.RunAsync(options.Data, options.Reps, options.CallsPerRep, options.Rate, TimeSpan.FromSeconds(options.Seconds), stderr, ct);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, ApiBenchJson.Default.ApiBenchmarkReport));
            return 0;
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"store: {report.Calls} calls of {report.Reps} reps; nightly radar recompute: {report.RadarsRecomputed} radars in {report.RadarRecomputeSeconds:F1} s; " +
            $"weekly pack generation: {report.PacksGenerated} packs in {report.PackGenerationSeconds:F1} s"));
        await stdout.WriteLineAsync($"{"query",-14} {"requests",8} {"errors",6} {"req/s",7} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7}");
        foreach (var l in report.Latencies)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{l.Kind,-14} {l.Requests,8} {l.Errors,6} {l.PerSecond,7:F1} {l.P50,7:F1} {l.P95,7:F1} {l.P99,7:F1} {l.Max,7:F1}"));
        }

        return 0;
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiBenchmarkReport))]
public sealed partial class ApiBenchJson : JsonSerializerContext;
