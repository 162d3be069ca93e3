using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>What `callcoach bench asr --json` prints.</summary>
public sealed record BenchmarkReport(IReadOnlyList<BenchmarkRow> Files, BenchmarkRow Overall);

public sealed record BenchmarkRow(
    string File,
    double AudioSeconds,
    int ReferenceWords,
    int WordErrors,
    double WordErrorRate,
    bool SpeakerAttributed,
    int ReferenceKeywords,
    int FoundKeywords,
    int CorrectKeywords,
    double? KeywordPrecision,
    double? KeywordRecall,
    double RealTimeFactor,
    double PeakMemoryMegabytes,
    double? DiarizationErrorRate,
    double? ScoredSpeechSeconds,
    double? MissedSpeechSeconds,
    double? FalseAlarmSeconds,
    double? SpeakerConfusionSeconds,
    double? FirstTurnWordErrorRate);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BenchmarkReport))]
public sealed partial class BenchmarkJson : JsonSerializerContext;
