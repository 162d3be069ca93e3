using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Core.Analysis;

namespace CallCoach.CoachingApi.Cli;

/// <summary>What `callcoach analyze` prints. Later issues add fields; these names stay.</summary>
public sealed record AnalyzeOutput(
    double DurationSeconds,
    bool Effective,
    IReadOnlyList<AnalyzeKeyword> Keywords,
    IReadOnlyList<AnalyzeSegment> Segments,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ObjectionFinding> Objections,
    IReadOnlyList<ActFinding> Acts,
    ScriptCompliance Compliance,
    ConversationMetrics Metrics,
    IReadOnlyList<AxisScore> AxisScores);

public sealed record AnalyzeKeyword(string Term, int Count);

public sealed record AnalyzeSegment(string Speaker, double Start, double End, string Text);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalyzeOutput))]
public sealed partial class AnalyzeOutputJson : JsonSerializerContext;
