using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Core.Calls;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// Writes the mapped metadata as the sidecar the intake reads beside a file, so a downloaded meeting enters the
/// pipeline exactly as a dropped file with its JSON does, and the archive keeps both.
/// </summary>
public static class MeetingSidecar
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task WriteAsync(string path, CallMetadata metadata, CancellationToken ct) =>
        File.WriteAllTextAsync(path, JsonSerializer.Serialize(new Sidecar(
            metadata.RepId,
            metadata.RepName,
            metadata.TeamId,
            // The intake wants an explicit offset; this one is the rep's zone at that moment.
            metadata.StartedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            metadata.Source,
            metadata.ExternalId), Json), ct);

    private sealed record Sidecar(string? RepId, string? RepName, string? TeamId, string? StartedAt, string? Source, string? ExternalId);
}
