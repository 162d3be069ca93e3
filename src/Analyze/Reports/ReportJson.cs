using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.Analyze.Reports;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CoachingEffectReport))]
public sealed partial class ReportJson : JsonSerializerContext;
