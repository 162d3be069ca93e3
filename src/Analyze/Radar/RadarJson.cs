using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.Analyze.Radar;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RepRadar))]
[JsonSerializable(typeof(TeamRadar))]
internal sealed partial class RadarJson : JsonSerializerContext;
