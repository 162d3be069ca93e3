using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Calls;

/// <summary>Filters are parameters: SQL in them matches nothing, changes nothing, and is found only as the literal text it is.</summary>
public sealed class QueryInjectionTests : IDisposable
{
    private readonly TempDirectory data = new("injection");

    private const string OrTrue = "' OR 1=1 --";
    private const string DropTable = "\"; DROP TABLE Calls; --";

    private static MultipartFormDataContent Upload(string rep, string team, int n) => new()
    {
        { new StringContent($"WEBVTT\n\n00:00:01.000 --> 00:00:30.000\n<v Anna>Call {n}.\n"), "file", $"call{n}.vtt" },
        { new StringContent($$"""{"repId":{{System.Text.Json.JsonSerializer.Serialize(rep)}},"teamId":{{System.Text.Json.JsonSerializer.Serialize(team)}}}"""), "metadata" },
    };

    [Fact]
    public async Task SqlInRepAndTeamFiltersMatchesNothingAndTheTableSurvives()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/calls", Upload("r1", "east", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/calls", Upload(OrTrue, DropTable, 2))).StatusCode);
        await app.WaitForFinishedCallsAsync(2, TimeSpan.FromSeconds(30));

        foreach (var injection in new[] { OrTrue, DropTable, "r1' --", "r1\" OR \"1\"=\"1", "%' OR RepId LIKE '%" })
        {
            var query = Uri.EscapeDataString(injection);
            var calls = await client.GetFromJsonAsync<CallPage>($"/api/calls?repId={query}");
            var teamRadar = await client.GetAsync($"/api/teams/{query}/radar");
            var repRadar = await client.GetAsync($"/api/reps/{query}/radar");
            var packs = await client.GetAsync($"/api/teams/{query}/packs");

            // The one call whose rep id is literally this text is the only match; nothing else leaks.
            Assert.True(calls!.Items.All(c => c.RepId == injection), $"'{injection}' matched other reps");
            Assert.Equal(injection == OrTrue ? 1 : 0, calls.Total);
            Assert.Equal(injection == DropTable ? HttpStatusCode.OK : HttpStatusCode.NotFound, teamRadar.StatusCode);
            Assert.Equal(injection == OrTrue ? HttpStatusCode.OK : HttpStatusCode.NotFound, repRadar.StatusCode);
            using var teamPacks = System.Text.Json.JsonDocument.Parse(await packs.Content.ReadAsStringAsync());
            Assert.Equal(0, teamPacks.RootElement.GetProperty("packs").GetArrayLength());
        }

        var all = await client.GetFromJsonAsync<CallPage>("/api/calls");
        Assert.Equal(2, all!.Total);
        Assert.Equal("r1", Assert.Single((await client.GetFromJsonAsync<CallPage>("/api/calls?repId=r1"))!.Items).RepId);
    }

    public void Dispose() => data.Dispose();
}
