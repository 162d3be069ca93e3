using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CallCoach.CoachingApi.Tests.Meetings.Feishu;

/// <summary>
/// The Feishu open platform as documented for event subscriptions and minutes: events in schema 2.0 with the
/// Verification Token, AES-256-CBC encrypted with the Encrypt Key and signed (X-Lark-Signature = sha256(timestamp +
/// nonce + key + body)); the app's tenant_access_token; a meeting with its participants; a minute's transcript as SRT.
/// </summary>
public sealed class FakeFeishu : IAsyncDisposable
{
    public const string VerificationToken = "rvaYgkR8VXvnnJrakFn0sd";
    public const string EncryptKey = "kudryavka-encrypt-key-for-tests";
    public const string AppId = "cli_9f5343c580712544";
    public const string AppSecret = "feishu-app-secret-for-tests";

    private readonly ConcurrentDictionary<string, string> minutes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Start, string[] Participants)> meetings = new(StringComparer.Ordinal);
    private readonly string token = "t-" + Guid.NewGuid().ToString("N");
    private int notReady;

    private FakeFeishu(LoopbackVendor vendor) => Vendor = vendor;

    public LoopbackVendor Vendor { get; }

    public static async Task<FakeFeishu> StartAsync()
    {
        FakeFeishu? feishu = null;
        var vendor = await LoopbackVendor.StartAsync((routes, _) =>
        {
            routes.MapPost("/open-apis/auth/v3/tenant_access_token/internal", (HttpContext context) => feishu!.TokenAsync(context));
            routes.MapGet("/open-apis/minutes/v1/minutes/{minute}/transcript", (string minute, HttpContext context) => feishu!.TranscriptAsync(minute, context));
            routes.MapGet("/open-apis/vc/v1/meetings/{meeting}", (string meeting, HttpContext context) => feishu!.MeetingAsync(meeting, context));
        });
        feishu = new FakeFeishu(vendor);
        return feishu;
    }

    /// <summary>The next <paramref name="count"/> transcript requests answer "minute not ready" (code 2091003).</summary>
    public void NotReadyFor(int count) => Interlocked.Exchange(ref notReady, count);

    /// <summary>A meeting with its minutes; returns the vc.meeting.recording_ready_v1 event, not yet encrypted.</summary>
    public string RecordingReady(string meetingId, string minuteToken, string ownerOpenId, string srt, params string[] participants)
    {
        minutes[minuteToken] = srt;
        meetings[meetingId] = (1763604000, participants);
        return JsonSerializer.Serialize(new
        {
            schema = "2.0",
            header = new
            {
                event_id = Guid.NewGuid().ToString("N"),
                event_type = "vc.meeting.recording_ready_v1",
                create_time = "1763606000000",
                token = VerificationToken,
                app_id = AppId,
                tenant_key = "2ca1d211f64f6438",
            },
            @event = new
            {
                meeting = new
                {
                    id = meetingId,
                    topic = "Discovery call",
                    meeting_no = "235812466",
                    owner = new { id = new { union_id = "on_8ed6aa67826108097d9ee143816345", user_id = "e33ggbyz", open_id = ownerOpenId } },
                },
                url = $"https://meetings.feishu.cn/minutes/{minuteToken}",
                duration = "1800",
            },
        });
    }

    public static string UrlVerification(string challenge, string verificationToken = VerificationToken) =>
        JsonSerializer.Serialize(new { challenge, token = verificationToken, type = "url_verification" });

    /// <summary>What Feishu posts with an Encrypt Key: {"encrypt": …}, signed over timestamp, nonce, key and body.</summary>
    public static HttpRequestMessage Encrypted(string json, string key = EncryptKey, bool signed = true, string? signatureKey = null)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var iv = RandomNumberGenerator.GetBytes(16);
        var encrypted = Convert.ToBase64String([.. iv, .. aes.EncryptCbc(Encoding.UTF8.GetBytes(json), iv, PaddingMode.PKCS7)]);
        var body = JsonSerializer.Serialize(new { encrypt = encrypted });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/meetings/feishu") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signed)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var nonce = Guid.NewGuid().ToString("N")[..10];
            var signature = SHA256.HashData(Encoding.UTF8.GetBytes(timestamp + nonce + (signatureKey ?? key) + body));
            request.Headers.Add("X-Lark-Request-Timestamp", timestamp);
            request.Headers.Add("X-Lark-Request-Nonce", nonce);
            request.Headers.Add("X-Lark-Signature", Convert.ToHexStringLower(signature));
        }

        return request;
    }

    private async Task TokenAsync(HttpContext context)
    {
        Vendor.Counted("token");
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var ok = body.RootElement.TryGetProperty("app_id", out var id) && id.GetString() == AppId
            && body.RootElement.TryGetProperty("app_secret", out var secret) && secret.GetString() == AppSecret;
        await context.Response.WriteAsJsonAsync(ok
            ? new Dictionary<string, object> { ["code"] = 0, ["msg"] = "ok", ["tenant_access_token"] = token, ["expire"] = 7200 }
            : new Dictionary<string, object> { ["code"] = 10014, ["msg"] = "app secret invalid" });
    }

    private async Task TranscriptAsync(string minute, HttpContext context)
    {
        Vendor.Counted("transcript");
        if (!await AuthorizedAsync(context) || await Vendor.FailedAsync(context))
        {
            return;
        }

        if (Interlocked.Decrement(ref notReady) >= 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { code = 2091003, msg = "minute not ready , try later" });
            return;
        }

        if (!minutes.TryGetValue(minute, out var srt) || context.Request.Query["file_format"] != "srt" || context.Request.Query["need_speaker"] != "true")
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { code = 2091001, msg = "param is invalid" });
            return;
        }

        Vendor.Counted("served");
        context.Response.ContentType = "application/octet-stream";
        await context.Response.WriteAsync(srt, context.RequestAborted);
    }

    private async Task MeetingAsync(string meetingId, HttpContext context)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        if (!meetings.TryGetValue(meetingId, out var meeting))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { code = 121001, msg = "meeting not found" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            code = 0,
            msg = "success",
            data = new
            {
                meeting = new
                {
                    id = meetingId,
                    topic = "Discovery call",
                    start_time = meeting.Start.ToString(CultureInfo.InvariantCulture),
                    end_time = (meeting.Start + 1800).ToString(CultureInfo.InvariantCulture),
                    participants = meeting.Participants.Select(p => new { id = p, user_type = 1, is_host = false }),
                },
            },
        });
    }

    private async Task<bool> AuthorizedAsync(HttpContext context)
    {
        if (LoopbackVendor.HasBearer(context, token))
        {
            return true;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(new { code = 99991663, msg = "Invalid access token for authorization." });
        return false;
    }

    public ValueTask DisposeAsync() => Vendor.DisposeAsync();
}
