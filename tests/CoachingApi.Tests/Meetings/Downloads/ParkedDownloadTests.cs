using System.Net;
using CallCoach.CoachingApi.Tests.Meetings.Zoom;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Tests.Meetings.Downloads;

public sealed class ParkedDownloadTests
{
    [Fact]
    public async Task ADownloadThatKeepsFailingIsParkedAfterTheLimitAndKeptWithItsAttemptsAndLastErrorUntilANewerEventRevivesIt()
    {
        using var host = new ZoomHost(maxAttempts: 3);
        await host.InitializeAsync();
        try
        {
            await ParkAndReviveAsync(host.Zoom, host.App);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task ParkAndReviveAsync(FakeZoom zoom, MeetingsApplication app)
    {
        using var client = app.CreateAnonymousClient();
        zoom.Vendor.FailNext(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError);
        const string uuid = "AlwaysFailing==";
        var transcript = $"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAnna Lee: Hello from meeting {uuid}.\n";

        using var response = await client.SendAsync(FakeZoom.Signed(zoom.RecordingEvent(uuid, MeetingsApplication.AnnaEmail, "x", ("TRANSCRIPT", "VTT", transcript))));
        var parked = await app.WaitForDownloadAsync("zoom", uuid);
        var downloadsWhenParked = zoom.Vendor.Count("download");
        // A newer event about the same recording (Zoom sends the transcript event, with a fresh token) tries again.
        using var newer = await client.SendAsync(FakeZoom.Signed(zoom.Event("recording.transcript_completed", uuid, MeetingsApplication.AnnaEmail, "x", ("TRANSCRIPT", "VTT", transcript))));
        var revived = await app.WaitForDownloadAsync("zoom", uuid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Parked, parked.Status);
        Assert.Equal(3, parked.Attempts);
        Assert.Contains("500", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(3, downloadsWhenParked);
        Assert.Equal(MeetingDownloadStatus.Done, revived.Status);
        Assert.Equal("anna", (await app.CallAsync(revived.CallId!.Value)).RepId);
    }
}
