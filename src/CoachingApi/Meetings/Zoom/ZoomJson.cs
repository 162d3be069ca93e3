using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.CoachingApi.Meetings.Zoom;

/// <summary>Zoom writes its JSON in snake case (event_ts, download_token, recording_files).</summary>
public static class ZoomJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        MaxDepth = 32,
    };
}

/// <summary>Every Zoom event: its name, the time it was sent, and the payload; recording events add a download token.</summary>
public sealed record ZoomEvent(string? Event, long? EventTs, JsonElement Payload, string? DownloadToken);

/// <summary><c>endpoint.url_validation</c>'s payload, the one Zoom writes in camel case.</summary>
public sealed record ZoomUrlValidationPayload([property: JsonPropertyName("plainToken")] string? PlainToken);

/// <summary>The answer Zoom expects to a URL validation: the token back, and its HMAC-SHA256 with the secret token in hex.</summary>
public sealed record ZoomUrlValidation(string PlainToken, string EncryptedToken);

/// <summary>The payload of <c>recording.completed</c> and <c>recording.transcript_completed</c>.</summary>
public sealed record ZoomRecordingPayload(string? AccountId, ZoomMeeting? Object);

public sealed record ZoomMeeting(
    string? Uuid,
    long? Id,
    string? HostId,
    string? HostEmail,
    string? Topic,
    DateTimeOffset? StartTime,
    string? Timezone,
    IReadOnlyList<ZoomRecordingFile>? RecordingFiles);

/// <summary>One file of a cloud recording: file_type MP4, M4A, TRANSCRIPT, CC, CHAT, TIMELINE…; status completed when ready.</summary>
public sealed record ZoomRecordingFile(
    string? Id,
    string? FileType,
    string? FileExtension,
    string? DownloadUrl,
    string? Status,
    string? RecordingType);
