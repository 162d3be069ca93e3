using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.Core.Transcripts;

/// <summary>A transcript waiting for analysis is stored whole as JSON: it is read back whole, never queried.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IReadOnlyList<TranscriptSegment>))]
public sealed partial class TranscriptJson : JsonSerializerContext;
