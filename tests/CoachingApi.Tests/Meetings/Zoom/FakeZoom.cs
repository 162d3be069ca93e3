using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CallCoach.CoachingApi.Tests.Meetings.Zoom;

/// <summary>
/// Zoom as its webhook documentation describes it: events signed with the app's secret token
/// (x-zm-signature: v0=HMAC-SHA256("v0:{timestamp}:{body}")), recording.completed with recording_files and a
/// download_token, and recording files served only to a request with that token as a bearer.
/// </summary>
public sealed class FakeZoom : IAsyncDisposable
{
    public const string SecretToken = "zoom-secret-token-for-tests-7f3a";

    private readonly ConcurrentDictionary<string, (string Token, byte[] Content)> files = new(StringComparer.Ordinal);

    private FakeZoom(LoopbackVendor vendor) => Vendor = vendor;

    public LoopbackVendor Vendor { get; }

    public static async Task<FakeZoom> StartAsync()
    {
        FakeZoom? zoom = null;
        var vendor = await LoopbackVendor.StartAsync((routes, v) => routes.MapGet("/rec/download/{fileId}", (string fileId, HttpContext context) => zoom!.DownloadAsync(fileId, context)));
        zoom = new FakeZoom(vendor);
        return zoom;
    }

    /// <summary>A recording.completed event of a meeting hosted by the given person, with the files given (type → content).</summary>
    public string RecordingEvent(string uuid, string? hostEmail, string hostId, params (string Type, string Extension, string Content)[] recorded) =>
        Event("recording.completed", uuid, hostEmail, hostId, recorded);

    public string Event(string name, string uuid, string? hostEmail, string hostId, params (string Type, string Extension, string Content)[] recorded)
    {
        var token = "dl-" + Guid.NewGuid().ToString("N");
        var list = recorded.Select(file =>
        {
            var id = Guid.NewGuid().ToString("N");
            files[id] = (token, Encoding.UTF8.GetBytes(file.Content));
            return new Dictionary<string, object?>
            {
                ["id"] = id,
                ["meeting_id"] = uuid,
                ["recording_start"] = "2026-11-20T06:30:05Z",
                ["recording_end"] = "2026-11-20T06:58:40Z",
                ["file_type"] = file.Type,
                ["file_extension"] = file.Extension,
                ["file_size"] = file.Content.Length,
                ["play_url"] = $"{Vendor.BaseUrl}/rec/play/{id}",
                ["download_url"] = $"{Vendor.BaseUrl}/rec/download/{id}",
                ["status"] = "completed",
                ["recording_type"] = file.Type switch { "M4A" => "audio_only", "TRANSCRIPT" => "audio_transcript", "CC" => "closed_caption", _ => "shared_screen_with_speaker_view" },
            };
        }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["event"] = name,
            ["event_ts"] = 1763620730000L,
            ["payload"] = new Dictionary<string, object?>
            {
                ["account_id"] = "AAAAAABBBB",
                ["object"] = new Dictionary<string, object?>
                {
                    ["id"] = 81234567890L,
                    ["uuid"] = uuid,
                    ["host_id"] = hostId,
                    ["host_email"] = hostEmail,
                    ["topic"] = "Discovery call",
                    ["type"] = 2,
                    ["start_time"] = "2026-11-20T06:30:00Z",
                    ["timezone"] = "America/Los_Angeles",
                    ["duration"] = 29,
                    ["total_size"] = list.Sum(f => (int)f["file_size"]!),
                    ["recording_count"] = list.Count,
                    ["recording_files"] = list,
                },
            },
            ["download_token"] = token,
        });
    }

    public static string UrlValidationEvent(string plainToken) =>
        JsonSerializer.Serialize(new { payload = new { plainToken }, event_ts = 1763620730000L, @event = "endpoint.url_validation" });

    /// <summary>The request Zoom would send: the body, its timestamp and the signature over both.</summary>
    public static HttpRequestMessage Signed(string body, string secret = SecretToken, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/meetings/zoom") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-zm-request-timestamp", timestamp);
        request.Headers.Add("x-zm-signature", "v0=" + Convert.ToHexStringLower(mac));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return request;
    }

    private async Task DownloadAsync(string fileId, HttpContext context)
    {
        Vendor.Counted("download");
        if (await Vendor.FailedAsync(context))
        {
            return;
        }

        if (!files.TryGetValue(fileId, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!LoopbackVendor.HasBearer(context, file.Token))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("""{"code":124,"message":"Invalid access token."}""");
            return;
        }

        Vendor.Counted("served");
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    public ValueTask DisposeAsync() => Vendor.DisposeAsync();
}
