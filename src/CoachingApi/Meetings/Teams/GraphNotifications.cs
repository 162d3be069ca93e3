using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>Graph's JSON: camel case, with OData's "@odata." names where Graph uses them.</summary>
public static class GraphJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { MaxDepth = 32 };
}

/// <summary>What Graph posts to a notification URL: a batch of change (or lifecycle) notifications.</summary>
public sealed record GraphNotificationCollection(IReadOnlyList<GraphNotification>? Value);

public sealed record GraphNotification(
    string? SubscriptionId,
    string? ChangeType,
    string? ClientState,
    string? Resource,
    GraphResourceData? ResourceData,
    string? TenantId,
    string? LifecycleEvent);

public sealed record GraphResourceData(
    string? Id,
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    [property: JsonPropertyName("@odata.id")] string? ODataId);

/// <summary>What a Teams download keeps: the meeting's Graph path, whether the item is a recording or a transcript, its id.</summary>
public sealed record TeamsItem(string MeetingPath, string MeetingId, string Kind, string ItemId)
{
    public const string Recordings = "recordings";
    public const string Transcripts = "transcripts";
}
