using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.Core.Analysis;

/// <summary>The per-call compliance and metrics are stored as JSON on the call: they are read whole, never queried by field.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScriptCompliance))]
[JsonSerializable(typeof(ConversationMetrics))]
[JsonSerializable(typeof(IReadOnlyList<ScoreItem>))]
public sealed partial class AnalysisJson : JsonSerializerContext;
