using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Tests.Meetings.Zoom;

public sealed class ZoomWebhookTests(ZoomHost host) : IClassFixture<ZoomHost>
{
    private static string Transcript(string uuid) =>
        $"WEBVTT\n\n1\n00:00:01.000 --> 00:00:06.000\nBen Okafor: Thanks for making time today, this is about meeting {uuid}.\n\n" +
        "2\n00:00:06.500 --> 00:00:12.000\nPriya Shah: Sure. What would the price be for forty seats?\n";

    [Fact]
    public async Task TheUrlValidationIsAnsweredWithThePlainTokenAndItsHmacWithTheSecretToken()
    {
        using var client = host.App.CreateAnonymousClient();

        using var response = await client.SendAsync(FakeZoom.Signed(FakeZoom.UrlValidationEvent("qgg8vlvZRS6UYooatFL8Aw")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FakeZoom.SecretToken), "qgg8vlvZRS6UYooatFL8Aw"u8.ToArray()));
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", answer!["plainToken"]);
        Assert.Equal(expected, answer["encryptedToken"]);
    }

    [Fact]
    public async Task ARecordingCompletedEventIsDownloadedWithItsTokenAndBecomesACallOfTheHostsRepAndTeam()
    {
        const string uuid = "4444AAAiAAAAAiAiAiiAii==";
        using var client = host.App.CreateAnonymousClient();
        var body = host.Zoom.RecordingEvent(uuid, "ben.personal@example.net", MeetingsApplication.BenZoomId,
            ("M4A", "M4A", "not really m4a"), ("MP4", "MP4", "not really mp4"), ("TRANSCRIPT", "VTT", Transcript(uuid)));

        using var response = await client.SendAsync(FakeZoom.Signed(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var download = await host.App.WaitForDownloadAsync("zoom", uuid);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        var call = await host.App.CallAsync(download.CallId!.Value);
        // The host's e-mail is unknown; their Zoom user id is ben's.
        Assert.Equal(("ben", "west", "zoom", uuid), (call.RepId, call.TeamId, call.Source, call.ExternalId));
        // 06:30 UTC in the rep's own zone, Berlin, in November: UTC+1.
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.FromHours(1)), call.StartedAt);
        Assert.Equal(TimeSpan.FromHours(1), call.StartedAt!.Value.Offset);
    }

    [Fact]
    public async Task AnEventWithABadSignatureIsRefusedWith401AndNothingIsStoredOrDownloaded()
    {
        const string uuid = "BadSignatureMeeting==";
        using var client = host.App.CreateAnonymousClient();
        var body = host.Zoom.RecordingEvent(uuid, "ben@example.com", MeetingsApplication.BenZoomId, ("TRANSCRIPT", "VTT", Transcript(uuid)));
        var downloadsBefore = host.Zoom.Vendor.Count("download");

        using var forged = await client.SendAsync(FakeZoom.Signed(body, secret: "someone-elses-secret"));
        using var stale = await client.SendAsync(FakeZoom.Signed(body, at: DateTimeOffset.UtcNow.AddMinutes(-20)));
        using var unsigned = await client.PostAsync("/api/meetings/zoom", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.All([forged, stale, unsigned], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Contains("does not match", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("old", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.App.DownloadAsync("zoom", uuid));
        Assert.Equal(downloadsBefore, host.Zoom.Vendor.Count("download"));
    }

    [Fact]
    public async Task TheSameEventDeliveredThreeTimesIsDownloadedOnceAndIsOneCall()
    {
        const string uuid = "DuplicateDelivery==";
        using var client = host.App.CreateAnonymousClient();
        var body = host.Zoom.RecordingEvent(uuid, "ben@example.com", "someone", ("TRANSCRIPT", "VTT", Transcript(uuid)));

        // Zoom retries what it did not see answered in time, so copies can even arrive together.
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(FakeZoom.Signed(body))));
        var download = await host.App.WaitForDownloadAsync("zoom", uuid);
        using var late = await client.SendAsync(FakeZoom.Signed(body));

        Assert.All(deliveries.Append(late), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal(1, download.Attempts);
        Assert.Single(await host.App.CallsFromAsync("zoom"), c => c.ExternalId == uuid);
        Assert.Equal(MeetingDownloadStatus.Done, (await host.App.DownloadAsync("zoom", uuid))!.Status);
    }

    [Fact]
    public async Task DownloadsThatFailWith500And429AreRetriedWithBackOffAndTheCallStillArrives()
    {
        const string uuid = "FlakyZoomMeeting==";
        using var client = host.App.CreateAnonymousClient();
        var body = host.Zoom.RecordingEvent(uuid, MeetingsApplication.AnnaEmail, "anna-zoom", ("TRANSCRIPT", "VTT", Transcript(uuid)));
        host.Zoom.Vendor.FailNext(HttpStatusCode.InternalServerError, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway);

        using var response = await client.SendAsync(FakeZoom.Signed(body));
        var download = await host.App.WaitForDownloadAsync("zoom", uuid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal(4, download.Attempts);
        var call = await host.App.CallAsync(download.CallId!.Value);
        Assert.Equal(("anna", "east"), (call.RepId, call.TeamId));
    }

    [Fact]
    public async Task ARecordingWithOnlyM4aWaitsForTheTranscriptEventAndThenBecomesOneCall()
    {
        const string uuid = "AudioFirstMeeting==";
        using var client = host.App.CreateAnonymousClient();

        using var audio = await client.SendAsync(FakeZoom.Signed(
            host.Zoom.RecordingEvent(uuid, MeetingsApplication.AnnaEmail, "anna-zoom", ("M4A", "M4A", "m4a bytes"))));
        var waiting = await WaitForAttemptsAsync(uuid, 2);
        using var transcript = await client.SendAsync(FakeZoom.Signed(
            host.Zoom.Event("recording.transcript_completed", uuid, MeetingsApplication.AnnaEmail, "anna-zoom", ("TRANSCRIPT", "VTT", Transcript(uuid)))));
        var download = await host.App.WaitForDownloadAsync("zoom", uuid);

        Assert.Equal(MeetingDownloadStatus.Pending, waiting.Status);
        Assert.Contains("M4A", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal("anna", (await host.App.CallAsync(download.CallId!.Value)).RepId);
    }

    [Fact]
    public async Task AMeetingWhoseHostIsNoKnownRepIsStillKeptAsACallWithoutARep()
    {
        const string uuid = "StrangerMeeting==";
        using var client = host.App.CreateAnonymousClient();

        using var response = await client.SendAsync(FakeZoom.Signed(
            host.Zoom.RecordingEvent(uuid, "visitor@example.org", "visitor-id", ("TRANSCRIPT", "VTT", Transcript(uuid)))));
        var download = await host.App.WaitForDownloadAsync("zoom", uuid);

        var call = await host.App.CallAsync(download.CallId!.Value);
        Assert.Equal((null, null, "zoom", uuid), (call.RepId, call.TeamId, call.Source, call.ExternalId));
        // Without a rep, the meeting's own zone (Zoom said America/Los_Angeles): 06:30 UTC is 22:30 the day before.
        Assert.Equal(TimeSpan.FromHours(-8), call.StartedAt!.Value.Offset);
    }

    private async Task<MeetingDownloadRecord> WaitForAttemptsAsync(string uuid, int attempts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var download = await host.App.DownloadAsync("zoom", uuid);
            if (download is { } d && d.Attempts >= attempts || DateTime.UtcNow > deadline)
            {
                return download!;
            }

            await Task.Delay(50);
        }
    }
}
