using System.Net;
using System.Text;
using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Tests.Meetings.Teams;

public sealed class TeamsWebhookTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    private static readonly FakeGraph.Person Organizer = new("5810cede-f3cc-42eb-b2c1-e9bd5d53ec96", "carol@customer.example", "Carol Diaz");
    private static readonly FakeGraph.Person Anna = new(MeetingsApplication.AnnaTeamsId, "anna.lee@corp.example", "Anna Lee");

    private static string Vtt(string meeting) =>
        $"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Anna Lee>Good morning, thanks for joining meeting {meeting}.</v>\n\n" +
        "00:00:05.500 --> 00:00:09.000\n<v Carol Diaz>Happy to. Our budget is fixed for this year.</v>\n";

    private FakeGraph.Meeting AddMeeting(string thread, string transcriptId = "MSMjMCMjOGIz", string correlation = "c-1", bool withTranscript = true)
    {
        var id = FakeGraph.MeetingIdOf(Organizer.Id, thread);
        return host.Graph.Add(new FakeGraph.Meeting(
            id, Organizer, [new("0b1c2d3e-0000-4000-8000-000000000001", null, "Dev Patel"), Anna],
            new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero),
            withTranscript ? [new(transcriptId, correlation, Vtt(id))] : [],
            new() { ["VjIjIzE5NzZm"] = correlation }));
    }

    private Task<HttpResponseMessage> NotifyAsync(string body) =>
        host.App.CreateAnonymousClient().PostAsync("/api/meetings/teams", new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task TheValidationTokenIsEchoedAsPlainText()
    {
        using var client = host.App.CreateAnonymousClient();

        using var response = await client.PostAsync(
            "/api/meetings/teams?validationToken=Validation%3a%20Testing%20client%20application%20reachability%20for%20subscription%20Request-Id%3a%20b3a4",
            new StringContent("", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client application reachability for subscription Request-Id: b3a4", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATranscriptNotificationBecomesACallOfTheFirstAttendeeWhoIsARepFoundByTheirTeamsUserId()
    {
        var meeting = AddMeeting("transcript-first");

        using var response = await NotifyAsync(FakeGraph.Notification(FakeGraph.ClientState, "transcripts", meeting.Id, "MSMjMCMjOGIz"));
        var download = await host.App.WaitForDownloadAsync("teams", "transcripts:MSMjMCMjOGIz");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        var call = await host.App.CallAsync(download.CallId!.Value);
        // The organiser is a customer; anna attended, and the directory knows her Teams id (her upn is another address).
        Assert.Equal(("anna", "east", "teams", meeting.Id), (call.RepId, call.TeamId, call.Source, call.ExternalId));
        Assert.Equal(TimeSpan.FromHours(8), call.StartedAt!.Value.Offset);
        Assert.Equal(meeting.Start, call.StartedAt);
    }

    [Fact]
    public async Task ARecordingNotificationTakesTheMeetingsTranscriptBecauseMp4IsNotDecodedHere()
    {
        var meeting = AddMeeting("recording-first", transcriptId: "MSMjMCMjRecTr", correlation: "c-rec");

        using var response = await NotifyAsync(FakeGraph.Notification(FakeGraph.ClientState, "recordings", meeting.Id, "VjIjIzE5NzZm"));
        var download = await host.App.WaitForDownloadAsync("teams", "recordings:VjIjIzE5NzZm");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal("anna", (await host.App.CallAsync(download.CallId!.Value)).RepId);
    }

    [Fact]
    public async Task ANotificationWithAnotherClientStateIsRefusedWith401AndNothingIsStored()
    {
        var meeting = AddMeeting("forged");
        var before = host.Graph.Vendor.Count("content");

        using var forged = await NotifyAsync(FakeGraph.Notification("guessed-client-state", "transcripts", meeting.Id, "MSMjForged"));
        using var empty = await NotifyAsync("");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);
        Assert.Null(await host.App.DownloadAsync("teams", "transcripts:MSMjForged"));
        Assert.Equal(before, host.Graph.Vendor.Count("content"));
    }

    [Fact]
    public async Task TheSameNotificationTwiceAndAFailingGraphStillGiveOneCall()
    {
        var meeting = AddMeeting("flaky", transcriptId: "MSMjFlaky");
        host.Graph.Vendor.FailNext(HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests);
        var body = FakeGraph.Notification(FakeGraph.ClientState, "transcripts", meeting.Id, "MSMjFlaky");

        using var first = await NotifyAsync(body);
        using var second = await NotifyAsync(body);
        var download = await host.App.WaitForDownloadAsync("teams", "transcripts:MSMjFlaky");

        Assert.Equal(MeetingDownloadStatus.Done, download.Status);
        Assert.Equal(3, download.Attempts);
        Assert.Single(await host.App.CallsFromAsync("teams"), c => c.ExternalId == meeting.Id);
    }
}
