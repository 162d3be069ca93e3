using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Analyze.Packs;

namespace CallCoach.CoachingApi.Packs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CoachingPack))]
public sealed partial class PackJson : JsonSerializerContext;
