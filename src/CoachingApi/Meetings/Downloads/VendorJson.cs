using System.Globalization;
using System.Text.Json;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// Reads the few fields a fetcher needs from a vendor's answer by path, treating anything missing or of another type
/// as absent: vendors add fields and leave some out, and a missing attendee list must not fail a download.
/// </summary>
public static class VendorJson
{
    public static JsonElement? Find(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    public static string? Text(JsonElement element, params string[] path) =>
        Find(element, path) is { ValueKind: JsonValueKind.String } found ? found.GetString() : null;

    public static IReadOnlyList<JsonElement> Array(JsonElement element, params string[] path) =>
        Find(element, path) is { ValueKind: JsonValueKind.Array } found ? [.. found.EnumerateArray()] : [];

    /// <summary>An ISO 8601 time; one without an offset is taken as UTC, as Graph writes them.</summary>
    public static DateTimeOffset? Time(JsonElement element, params string[] path) =>
        Text(element, path) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    /// <summary>Unix seconds, written as a string or a number (Feishu writes strings).</summary>
    public static DateTimeOffset? UnixSeconds(JsonElement element, params string[] path) =>
        Find(element, path) switch
        {
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var s) && s > 0 => DateTimeOffset.FromUnixTimeSeconds(s),
            { ValueKind: JsonValueKind.String } t when long.TryParse(t.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 && s < 100_000_000_000 => DateTimeOffset.FromUnixTimeSeconds(s),
            _ => null,
        };
}
