using System.Text;
using System.Text.Json;
using CallCoach.CoachingApi.Meetings.Downloads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>
/// <c>POST /api/meetings/feishu</c>: the request URL of a Feishu/Lark app's event subscription. Answers the
/// <c>url_verification</c> challenge, checks the signature (with an Encrypt Key) and the verification token, decrypts
/// encrypted bodies, and stores <c>vc.meeting.recording_ready_v1</c> as a download before answering 200.
/// </summary>
public static class FeishuWebhook
{
    public const string Vendor = "feishu";
    public const string RecordingReady = "vc.meeting.recording_ready_v1";
    private const string Name = "Feishu";

    public static async Task<Results<Ok<FeishuChallenge>, Ok, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request,
        IOptions<FeishuOptions> feishu,
        IOptions<MeetingsOptions> meetings,
        MeetingDownloadQueue downloads,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(FeishuWebhook));
        var options = feishu.Value;
        var body = await WebhookRequest.ReadBodyAsync(request, ct);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, WebhookRequest.Json);
        }
        catch (JsonException e)
        {
            return WebhookRefusal.NotTheVendor(Name, $"not a Feishu event ({e.Message})");
        }

        using (document)
        {
            var encrypted = VendorJson.Text(document.RootElement, "encrypt");
            string json;
            if (encrypted is not null)
            {
                if (options.EncryptKey is not { Length: > 0 } key || FeishuCrypto.Decrypt(encrypted, key) is not { } plain)
                {
                    return WebhookRefusal.NotTheVendor(Name, "the body does not decrypt with Meetings:Feishu:EncryptKey");
                }

                json = plain;
            }
            else
            {
                json = Encoding.UTF8.GetString(body);
            }

            JsonDocument plainDocument;
            try
            {
                plainDocument = JsonDocument.Parse(json, WebhookRequest.Json);
            }
            catch (JsonException e)
            {
                return WebhookRefusal.Unreadable(Name, e.Message);
            }

            using (plainDocument)
            {
                return await HandleAsync(request, body, encrypted is not null, plainDocument.RootElement, options, meetings.Value, downloads, time, logger, ct);
            }
        }
    }

    private static async Task<Results<Ok<FeishuChallenge>, Ok, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        byte[] body,
        bool wasEncrypted,
        JsonElement root,
        FeishuOptions options,
        MeetingsOptions meetings,
        MeetingDownloadQueue downloads,
        TimeProvider time,
        ILogger logger,
        CancellationToken ct)
    {
        // Schema 2.0 keeps the token and type in "header"; 1.0 at the top, as the URL verification does.
        var token = VendorJson.Text(root, "header", "token") ?? VendorJson.Text(root, "token");
        var tokenOk = options.VerificationToken is not { Length: > 0 } expected || WebhookRequest.SameSecret(token, expected);
        if (VendorJson.Text(root, "type") == "url_verification")
        {
            // The verification is not signed; the token (or, with only an Encrypt Key, the decryption) proves it is Feishu.
            var proven = options.VerificationToken is { Length: > 0 } ? tokenOk : wasEncrypted;
            return !proven
                ? WebhookRefusal.NotTheVendor(Name, "the url_verification does not carry the Verification Token")
                : VendorJson.Text(root, "challenge") is { } challenge
                    ? TypedResults.Ok(new FeishuChallenge(challenge))
                    : WebhookRefusal.Unreadable(Name, "url_verification without a challenge");
        }

        if (options.EncryptKey is { Length: > 0 } key && FeishuCrypto.Check(request.Headers, body, key, meetings.SignatureMaxAge, time) is { } unsigned)
        {
            logger.LogWarning("Refused a Feishu event: {Reason}", unsigned);
            return WebhookRefusal.NotTheVendor(Name, unsigned);
        }

        if (!tokenOk)
        {
            logger.LogWarning("Refused a Feishu event without the Verification Token");
            return WebhookRefusal.NotTheVendor(Name, "the event does not carry the Verification Token");
        }

        var type = VendorJson.Text(root, "header", "event_type") ?? VendorJson.Text(root, "event", "type");
        if (type != RecordingReady)
        {
            logger.LogInformation("Feishu event {Type} acknowledged and ignored", type);
            return TypedResults.Ok();
        }

        var meetingId = VendorJson.Text(root, "event", "meeting", "id");
        var minutesUrl = VendorJson.Text(root, "event", "url");
        if (meetingId is not { Length: > 0 } || minutesUrl is null || VendorJson.Find(root, "event") is not { } recording)
        {
            return WebhookRefusal.Unreadable(Name, $"{RecordingReady} without event.meeting.id and event.url");
        }

        // One meeting, one recording: redeliveries (same event_id) and repeats reach the same row.
        var outcome = await downloads.EnqueueAsync(Vendor, meetingId, meetingId, recording.GetRawText(), ct);
        logger.LogInformation("Feishu recording of meeting {Meeting}: {Outcome}", meetingId, outcome);
        return TypedResults.Ok();
    }
}
