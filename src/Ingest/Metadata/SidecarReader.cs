using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;

namespace CallCoach.Ingest.Metadata;

/// <summary>
/// Reads the optional "&lt;same name&gt;.json" beside a recording. Anything malformed is an error, never a guess:
/// unknown fields (a typo), a tier outside A|B|C, a start time without a UTC offset, or anything beyond
/// <see cref="MetadataLimits"/> (size, depth, string lengths).
/// </summary>
public static class SidecarReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MetadataLimits.MaxDepth + 1,
    };

    public static string PathFor(string recordingPath) => Path.ChangeExtension(recordingPath, ".json");

    public static async Task<CallMetadata> ReadAsync(string sidecarPath, CancellationToken ct)
    {
        await using var stream = File.OpenRead(sidecarPath);
        return await ParseAsync(stream, Path.GetFileName(sidecarPath), ct);
    }

    public static async Task<CallMetadata> ParseAsync(Stream json, string name, CancellationToken ct)
    {
        // Never more than the limit and one byte is read, however large the file or field is.
        var buffer = new byte[MetadataLimits.MaxBytes + 1];
        var length = await json.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        if (length > MetadataLimits.MaxBytes)
        {
            throw MetadataShape.Malformed(name, $"larger than {MetadataLimits.MaxBytes / 1024} KiB; a sidecar holds a few short fields");
        }

        var bytes = buffer.AsSpan(0, length);
        MetadataShape.Check(bytes, name);
        Sidecar? sidecar;
        try
        {
            sidecar = JsonSerializer.Deserialize<Sidecar>(bytes, Json);
        }
        catch (JsonException e)
        {
            throw MetadataShape.Malformed(name, e.Message, e);
        }

        if (sidecar is null)
        {
            throw MetadataShape.Malformed(name, "expected a JSON object");
        }

        return new CallMetadata
        {
            RepId = Id(sidecar.RepId, "repId", name),
            RepName = sidecar.RepName,
            TeamId = Id(sidecar.TeamId, "teamId", name),
            CustomerId = Id(sidecar.CustomerId, "customerId", name),
            CustomerTier = ParseTier(sidecar.CustomerTier, name),
            InteractionNumber = sidecar.InteractionNumber is null or >= 1
                ? sidecar.InteractionNumber
                : throw new UnreadableRecordingException($"malformed metadata {name}: interactionNumber must be 1 or more"),
            StartedAt = ParseStartedAt(sidecar.StartedAt, name),
            Source = Id(sidecar.Source, "source", name),
            ExternalId = Id(sidecar.ExternalId, "externalId", name, MetadataLimits.MaxExternalIdLength),
        };
    }

    private static string? Id(string? value, string field, string name, int maxLength = MetadataLimits.MaxIdLength) =>
        value is null || value.Length <= maxLength
            ? value
            : throw MetadataShape.Malformed(name, $"{field} has {value.Length} characters; an id has at most {maxLength}");

    private static CustomerTier? ParseTier(string? tier, string name) => tier?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "A" => CustomerTier.A,
        "B" => CustomerTier.B,
        "C" => CustomerTier.C,
        _ => throw new UnreadableRecordingException($"malformed metadata {name}: customerTier must be A, B or C, not '{tier}'"),
    };

    private static DateTimeOffset? ParseStartedAt(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        // A time without an offset is ambiguous across the offices of one team, so it is refused.
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && (text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':'))
        {
            return value;
        }

        throw new UnreadableRecordingException(
            $"malformed metadata {name}: startedAt must be ISO-8601 with an offset, like 2026-03-01T09:30:00+08:00, not '{text}'");
    }

    private sealed record Sidecar(
        string? RepId,
        string? RepName,
        string? TeamId,
        string? CustomerId,
        string? CustomerTier,
        int? InteractionNumber,
        string? StartedAt,
        string? Source,
        string? ExternalId);
}
