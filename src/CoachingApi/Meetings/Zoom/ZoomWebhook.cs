using System.Text;
using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Zoom;

/// <summary>
/// <c>POST /api/meetings/zoom</c>: Zoom's event notification endpoint. Every request must carry Zoom's signature;
/// the URL validation is answered with the encrypted token; a recording event is stored as a download and answered
/// at once (Zoom waits 3 s), and the recording is fetched afterwards.
/// </summary>
public static class ZoomWebhook
{
    public const string Vendor = "zoom";

    private static readonly string[] RecordingEvents = ["recording.completed", "recording.transcript_completed"];

    public static async Task<Results<Ok<ZoomUrlValidation>, Ok, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request,
        IOptions<ZoomOptions> zoom,
        IOptions<MeetingsOptions> meetings,
        MeetingDownloadQueue downloads,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(ZoomWebhook));
        var secret = zoom.Value.SecretToken!;
        var body = await WebhookRequest.ReadBodyAsync(request, ct);
        if (ZoomSignature.Check(request.Headers, body, secret, meetings.Value.SignatureMaxAge, time) is { } refused)
        {
            logger.LogWarning("Refused a Zoom webhook: {Reason}", refused);
            return WebhookRefusal.NotTheVendor("Zoom", refused);
        }

        ZoomEvent? notification;
        try
        {
            notification = JsonSerializer.Deserialize<ZoomEvent>(body, ZoomJson.Options);
        }
        catch (JsonException e)
        {
            return WebhookRefusal.Unreadable("Zoom", e.Message);
        }

        if (notification?.Event == "endpoint.url_validation")
        {
            var plain = notification.Payload.ValueKind == JsonValueKind.Object
                ? notification.Payload.Deserialize<ZoomUrlValidationPayload>(ZoomJson.Options)?.PlainToken
                : null;
            return plain is null
                ? WebhookRefusal.Unreadable("Zoom", "endpoint.url_validation without payload.plainToken")
                : TypedResults.Ok(new ZoomUrlValidation(plain, ZoomSignature.EncryptToken(secret, plain)));
        }

        if (notification?.Event is not { } name || !RecordingEvents.Contains(name))
        {
            // Subscribed to more than recordings: acknowledged, so Zoom does not retry it, and otherwise ignored.
            logger.LogInformation("Zoom event {Event} acknowledged and ignored", notification?.Event);
            return TypedResults.Ok();
        }

        var meeting = notification.Payload.ValueKind == JsonValueKind.Object
            ? notification.Payload.Deserialize<ZoomRecordingPayload>(ZoomJson.Options)?.Object
            : null;
        if (meeting?.Uuid is not { Length: > 0 } uuid)
        {
            return WebhookRefusal.Unreadable("Zoom", $"{name} without payload.object.uuid");
        }

        // One meeting instance is one call: its uuid is the key, so a redelivery, or the transcript event that follows
        // the recording event, reaches the same row.
        var outcome = await downloads.EnqueueAsync(Vendor, uuid, uuid, Encoding.UTF8.GetString(body), ct);
        logger.LogInformation("Zoom {Event} for meeting {Uuid}: {Outcome}", name, uuid, outcome);
        return TypedResults.Ok();
    }
}
