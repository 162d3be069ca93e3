using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Radar;

public sealed class RadarApiTests : IDisposable
{
    private readonly TempDirectory data = new("radar-api");

    internal const string DatedNextStep = "Could we book a demo with your operations lead on Tuesday at ten?";

    /// <summary>
    /// A 100 s typed call: discovery and budget questions, a price objection answered with ROI, and a dated next step
    /// (or another closing line, for the web pages' tests).
    /// </summary>
    internal static string GoodCall(int n, string closing = DatedNextStep) => $"""
        WEBVTT

        00:00:01.000 --> 00:00:08.000
        <v Rep>Thanks for joining, call {n}. How do you plan your delivery routes today?

        00:00:08.500 --> 00:00:30.000
        <v Customer>Mostly spreadsheets, and the dispatchers spend hours on it every morning.

        00:00:30.500 --> 00:00:36.000
        <v Rep>What budget have you set aside for fixing that this year?

        00:00:36.500 --> 00:00:50.000
        <v Customer>Honestly, your price is way above what we pay for the spreadsheets.

        00:00:50.500 --> 00:01:05.000
        <v Rep>If each dispatcher saves ten hours a week at forty dollars an hour, the licence pays for itself in four months.

        00:01:05.500 --> 00:01:20.000
        <v Customer>That sounds reasonable, send me the proposal.

        00:01:20.500 --> 00:01:40.000
        <v Rep>{closing}
        """;

    private static async Task UploadAsync(HttpClient client, string vtt, string repId, string teamId, int daysAgo)
    {
        var startedAt = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(vtt)), "file", $"{repId}-{daysAgo}.vtt" },
            { new StringContent($$"""{"repId":"{{repId}}","teamId":"{{teamId}}","startedAt":"{{startedAt}}"}"""), "metadata" },
        };
        (await client.PostAsync("/api/calls", form)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ARepWithEnoughEffectiveCallsGetsARadarWithEvidenceAndAFourAxisChart()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        for (var day = 1; day <= 3; day++)
        {
            await UploadAsync(client, GoodCall(day), "ann", "east", day);
        }

        await UploadAsync(client, GoodCall(9), "bob", "east", 2);
        await app.WaitForFinishedCallsAsync(4, TimeSpan.FromSeconds(60));

        var radar = await client.GetFromJsonAsync<RepRadar>("/api/reps/ann/radar");

        Assert.Equal(3, radar!.Calls);
        Assert.Equal("east", radar.TeamId);
        var closing = radar.Axes.Single(a => a.Axis == "closing");
        Assert.Equal((100, "scored"), (closing.Score, closing.Status));
        var handling = radar.Axes.Single(a => a.Axis == "objectionHandling");
        Assert.True(handling.Score > 50, $"objection handling {handling.Score}");
        var evidence = handling.Evidence.Raised[0];
        Assert.Contains(evidence.Items, i => i.Item == "price objection answered" && i.Segments.SequenceEqual([3, 4]));
        var detail = await client.GetFromJsonAsync<CallDetail>($"/api/calls/{evidence.CallId}");
        Assert.Equal("ann", detail!.Call.RepId);

        var svg = XDocument.Parse(await client.GetStringAsync("/api/reps/ann/radar.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(4, svg.Descendants(ns + "line").Count(l => (string?)l.Attribute("class") == "axis"));
        Assert.Single(svg.Descendants(ns + "polygon"), p => (string?)p.Attribute("class") == "rep");

        var bob = await client.GetFromJsonAsync<RepRadar>("/api/reps/bob/radar");
        Assert.All(bob!.Axes, a => Assert.Equal("notEnoughData", a.Status));
        var team = await client.GetFromJsonAsync<TeamRadar>("/api/teams/east/radar");
        Assert.Equal(["ann", "bob"], team!.Reps.Select(r => r.RepId));
        Assert.Equal(100, team.Median["closing"]);
    }

    [Fact]
    public async Task AnUnknownRepOrTeamIsNotFound()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reps/nobody/radar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reps/nobody/radar.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/teams/nowhere/radar")).StatusCode);
    }

    public void Dispose() => data.Dispose();
}
