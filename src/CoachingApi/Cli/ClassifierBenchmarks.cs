using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Analyze.Classification;
using CallCoach.CoachingApi.Benchmark;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Cli;

/// <summary>The `bench classify` and `bench train` verbs: the speed goals, measured outside the test suite.</summary>
public static class ClassifierBenchmarks
{
    public static async Task<int> ThroughputAsync(TimeSpan duration, bool json, TextWriter stdout, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        using var host = CliHost.Build(settings);
        var (data, options) = Options(host.Services);

        // Pinned to the first core, so the figure is what one core does, garbage collection included.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var results = new List<ClassifierThroughput>();
        foreach (var kind in ClassifierKind.All)
        {
            var model = ModelFile.Load(kind, data.ModelFile(options.ModelFor(kind))!);
            var texts = TrainingData.LoadHoldout(kind, data.ModelFile(options.TrainingData)!).Select(e => e.Text).ToList();
            results.Add(ClassifierBenchmark.Run(model, texts, duration));
        }

        await stdout.WriteLineAsync(json
            ? JsonSerializer.Serialize(results, BenchJson.Default.IReadOnlyListClassifierThroughput)
            : string.Join(Environment.NewLine, results.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Model,-10} {r.Version}  {r.UtterancesPerSecond,10:F0} utterances/s on one core  ({r.MicrosecondsPerUtterance:F1} µs each, {r.Utterances} in {r.Seconds:F1} s)"))));
        return 0;
    }

    public static async Task<int> TrainingAsync(bool json, TextWriter stdout, IEnumerable<KeyValuePair<string, string?>>? settings, CancellationToken ct)
    {
        using var host = CliHost.Build(settings);
        var (data, options) = Options(host.Services);
        var clock = Stopwatch.StartNew();
        var times = await Task.Run(
            () => TrainingBenchmark.Run(new ClassifierTrainer(TimeProvider.System), data.ModelFile(options.TrainingData)!, options.Training, ct), ct);
        var total = clock.Elapsed.TotalSeconds;
        await stdout.WriteLineAsync(json
            ? JsonSerializer.Serialize(new TrainingBenchmarkReport(times, total, Environment.ProcessorCount), BenchJson.Default.TrainingBenchmarkReport)
            : string.Join(Environment.NewLine, times.Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{t.Model,-10} {t.Examples,5} examples  {t.Seconds,6:F1} s  kept {t.Trainer} (cross-validated macro-F1 {t.CrossValidatedMacroF1:F3}, held-out {t.HoldoutMacroF1:F3})")))
              + Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"full retrain {total:F1} s on {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static (DataOptions Data, ClassificationOptions Options) Options(IServiceProvider services) =>
        (services.GetRequiredService<IOptions<DataOptions>>().Value, services.GetRequiredService<IOptions<ClassificationOptions>>().Value);
}

public sealed record TrainingBenchmarkReport(IReadOnlyList<TrainingTime> Models, double TotalSeconds, int Cores);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<ClassifierThroughput>))]
[JsonSerializable(typeof(TrainingBenchmarkReport))]
public sealed partial class BenchJson : JsonSerializerContext;
