using System.Text;
using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>
/// <c>POST /api/meetings/teams</c>: the notification URL of Graph subscriptions to
/// <c>communications/onlineMeetings/getAllRecordings</c> and <c>getAllTranscripts</c>. Graph validates the URL by
/// posting <c>?validationToken=…</c>, answered with the token as text/plain. A notification whose clientState is not
/// ours is refused whole; each recording or transcript is stored as a download before the 202.
/// </summary>
public static class TeamsWebhook
{
    public const string Vendor = "teams";

    /// <summary>Graph's tokens are short; anything this long is not one, and is not echoed.</summary>
    private const int MaxValidationTokenLength = 4096;

    public static async Task<Results<ContentHttpResult, Accepted, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request,
        string? validationToken,
        IOptions<TeamsOptions> teams,
        MeetingDownloadQueue downloads,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(TeamsWebhook));
        if (validationToken is not null)
        {
            // The handshake must be answered within 10 s, with the decoded token and nothing else.
            return validationToken.Length > MaxValidationTokenLength
                ? WebhookRefusal.Unreadable("Microsoft Graph", "validationToken is too long")
                : TypedResults.Text(validationToken, "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
        }

        var options = teams.Value;
        var body = await WebhookRequest.ReadBodyAsync(request, ct);
        GraphNotificationCollection? batch;
        try
        {
            batch = body.Length == 0 ? null : JsonSerializer.Deserialize<GraphNotificationCollection>(body, GraphJson.Options);
        }
        catch (JsonException e)
        {
            return WebhookRefusal.NotTheVendor("Microsoft Graph", $"not a change notification ({e.Message})");
        }

        var notifications = batch?.Value ?? [];
        // Graph signs nothing; the client state, known only to Graph and us, is the proof. All or nothing.
        if (notifications.Count == 0 || notifications.Any(n => !WebhookRequest.SameSecret(n.ClientState, options.ClientState!)))
        {
            logger.LogWarning("Refused a Graph notification without our clientState");
            return WebhookRefusal.NotTheVendor("Microsoft Graph", "every notification must carry the clientState given when the subscription was created");
        }

        foreach (var notification in notifications)
        {
            if (notification.TenantId is { } tenant && !string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning("Graph notification for tenant {Tenant}, not {Configured}: ignored", tenant, options.TenantId);
                continue;
            }

            if (notification.LifecycleEvent is { } lifecycle)
            {
                // reauthorizationRequired, subscriptionRemoved, missed: the subscription needs a person's attention.
                logger.LogWarning("Graph subscription {Subscription}: lifecycle event {Event}", notification.SubscriptionId, lifecycle);
                continue;
            }

            if (notification.ChangeType != "created" || TeamsResource.Parse(notification.Resource) is not { } item)
            {
                logger.LogInformation("Graph notification {ChangeType} {Resource} acknowledged and ignored", notification.ChangeType, notification.Resource);
                continue;
            }

            var outcome = await downloads.EnqueueAsync(
                Vendor, $"{item.Kind}:{item.ItemId}", item.MeetingId, JsonSerializer.Serialize(item, GraphJson.Options), ct);
            logger.LogInformation("Graph {Kind} {Item} of meeting {Meeting}: {Outcome}", item.Kind, item.ItemId, item.MeetingId, outcome);
        }

        return TypedResults.Accepted((string?)null);
    }
}
