using System.Text.Json.Serialization;

namespace CallCoach.Transcribe.Azure;

// The documentation's own samples write Offset and Duration both as numbers and as strings.
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ShortAudioResult))]
internal sealed partial class AzureSpeechJson : JsonSerializerContext;
