using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Tests.Audit;
using CallCoach.CoachingApi.Tests.Radar;
using CallCoach.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Calls;

public sealed class AnomalyFlagsApiTests : IDisposable
{
    private readonly TempDirectory data = new("anomalies-api");

    /// <summary>Yesterday (UTC) at the given UTC time: always in the past, inside the radar's window, never a late upload.</summary>
    private static string Yesterday(int hour, int minute = 0, int daysAgo = 1) =>
        DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(-daysAgo).AddHours(hour).AddMinutes(minute)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task<Guid> UploadAsync(HttpClient client, string name, string repId, string teamId, string startedAt)
    {
        using var form = new MultipartFormDataContent
        {
            // The name in the text keeps every upload's content, and so its hash, its own.
            { new ByteArrayContent(Encoding.UTF8.GetBytes(RadarApiTests.GoodCall(0).Replace("call 0.", $"call {name}.", StringComparison.Ordinal))), "file", name },
            { new StringContent($$"""{"repId":"{{repId}}","teamId":"{{teamId}}","startedAt":"{{startedAt}}"}"""), "metadata" },
        };
        var response = await client.PostAsync("/api/calls", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadResult>())!.Id;
    }

    private static async Task<(string Id, HttpClient Client)> KeyAsync(FlaggingApplication app, string role, string? repId = null, params string[] teams)
    {
        var key = await app.Services.GetRequiredService<ApiKeys>().CreateAsync(role, repId, teams, role, CancellationToken.None);
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Key);
        return ($"key:{key.Id}", client);
    }

    private static async Task<Guid[]> IdsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<CallPage>("/api/calls" + query))!.Items.Select(i => i.Id)];

    [Fact]
    public async Task ACallStartedAtNightInTheRepsTimeZoneIsHeldOutOfTheRadarUntilTheTeamsManagerClearsIt()
    {
        await using var app = new FlaggingApplication(data.Path);
        using var admin = app.CreateClient();
        // 10:00 in Shanghai on three days, and one call at 23:30 there (15:30 UTC).
        Guid[] daytime =
        [
            await UploadAsync(admin, "day-1.vtt", "mei", "east", Yesterday(2, daysAgo: 1)),
            await UploadAsync(admin, "day-2.vtt", "mei", "east", Yesterday(2, daysAgo: 2)),
            await UploadAsync(admin, "day-3.vtt", "mei", "east", Yesterday(2, daysAgo: 3)),
        ];
        var night = await UploadAsync(admin, "night.vtt", "mei", "east", Yesterday(15, 30));
        await app.WaitForFinishedCallsAsync(4, TimeSpan.FromSeconds(60));

        var held = await app.WaitForCallAsync(night, TimeSpan.FromSeconds(10));
        Assert.Equal("analyzed", held.Call.Status);
        Assert.False(held.Call.Effective);
        Assert.Equal(new RecordingPolicyDto("analyze", "policy all: every call is analyzed"), held.Call.Policy);
        var flag = Assert.Single(held.Call.Anomalies!.Flags);
        Assert.Equal("outsideWorkingHours", flag.Flag);
        Assert.Contains("23:30 in Asia/Shanghai", flag.Reason, StringComparison.Ordinal);
        Assert.True(held.Call.Anomalies.Pending);
        Assert.Contains(held.Reasons, r => r.StartsWith("duration 100.0 s >= 90 s", StringComparison.Ordinal));
        Assert.Contains("not counted as effective until a manager clears its anomaly flags (outsideWorkingHours)", held.Reasons);
        foreach (var id in daytime)
        {
            Assert.Null((await app.WaitForCallAsync(id, TimeSpan.FromSeconds(1))).Call.Anomalies);
        }

        Assert.Equal(3, (await admin.GetFromJsonAsync<RepRadar>("/api/reps/mei/radar"))!.Calls);
        Assert.Equal([night], await IdsAsync(admin, "?anomalies=pending"));
        Assert.DoesNotContain(night, await IdsAsync(admin, "?effective=true"));
        Assert.Equal([night], await IdsAsync(admin, "?effective=false"));

        var (managerId, manager) = await KeyAsync(app, Roles.Manager, null, "east");
        using (manager)
        {
            Assert.Equal([night], await IdsAsync(manager, "?anomalies=pending"));
            var response = await manager.PostAsJsonAsync($"/api/calls/{night}/anomalies/clear", new ClearAnomaliesRequest("mei works the Shanghai evening shift on Fridays"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cleared = (await response.Content.ReadFromJsonAsync<CallSummary>())!;
            Assert.True(cleared.Effective);
            Assert.False(cleared.Anomalies!.Pending);
            Assert.Equal((managerId, "mei works the Shanghai evening shift on Fridays"), (cleared.Anomalies.ClearedBy, cleared.Anomalies.Note));
            Assert.Equal("outsideWorkingHours", Assert.Single(cleared.Anomalies.Flags).Flag);
        }

        // The snapshot served before the clearing is stale now; the nightly recompute agrees.
        Assert.Equal(4, (await admin.GetFromJsonAsync<RepRadar>("/api/reps/mei/radar"))!.Calls);
        await app.Services.GetRequiredService<RadarQueries>().RecomputeAllAsync(CancellationToken.None);
        Assert.Equal(4, (await admin.GetFromJsonAsync<RepRadar>("/api/reps/mei/radar"))!.Calls);
        Assert.Equal(4, (await admin.GetFromJsonAsync<TeamRadar>("/api/teams/east/radar"))!.Reps.Single(r => r.RepId == "mei").Calls);
        Assert.Empty(await IdsAsync(admin, "?anomalies=pending"));
        Assert.Equal([night], await IdsAsync(admin, "?anomalies=cleared"));
        Assert.Contains(night, await IdsAsync(admin, "?effective=true"));
        Assert.DoesNotContain("not counted as effective", (await app.WaitForCallAsync(night, TimeSpan.FromSeconds(1))).Reasons);

        var audit = await admin.WaitForAuditAsync($"/api/audit?action={AuditActions.ClearAnomalies}", page => page.Items.Count > 0);
        var entry = Assert.Single(audit.Items);
        Assert.Equal((managerId, "mei", night.ToString(), true), (entry.Actor, entry.Subject, entry.Detail, entry.Allowed));
    }

    [Fact]
    public async Task OnlyTheManagerOfTheCallsTeamOrAnAdminMayClearItsFlags()
    {
        await using var app = new FlaggingApplication(data.Path);
        using var admin = app.CreateClient();
        var meiNight = await UploadAsync(admin, "mei-night.vtt", "mei", "east", Yesterday(15, 30));   // 23:30 in Shanghai
        var linNight = await UploadAsync(admin, "lin-night.vtt", "lin", "west", Yesterday(23, 30));   // 23:30 UTC, lin's default zone
        var linDay = await UploadAsync(admin, "lin-day.vtt", "lin", "west", Yesterday(10));
        var (_, rep) = await KeyAsync(app, Roles.Rep, "mei");
        var (_, westManager) = await KeyAsync(app, Roles.Manager, null, "west");
        var (eastManagerId, eastManager) = await KeyAsync(app, Roles.Manager, null, "east");
        var (_, dataTeam) = await KeyAsync(app, Roles.Data);
        var (_, ingest) = await KeyAsync(app, Roles.Ingest);

        foreach (var refused in new[] { rep, westManager, dataTeam, ingest })
        {
            using (refused)
            {
                var response = await refused.PostAsync($"/api/calls/{meiNight}/anomalies/clear", null);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        var stillHeld = await app.WaitForCallAsync(meiNight, TimeSpan.FromSeconds(1));
        Assert.True(stillHeld.Call.Anomalies!.Pending);

        using (eastManager)
        {
            Assert.Equal(HttpStatusCode.OK, (await eastManager.PostAsync($"/api/calls/{meiNight}/anomalies/clear", null)).StatusCode);
            // Another team's call stays out of reach.
            Assert.Equal(HttpStatusCode.Forbidden, (await eastManager.PostAsync($"/api/calls/{linNight}/anomalies/clear", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/calls/{linNight}/anomalies/clear", null)).StatusCode);
        // Clearing again changes nothing: the manager's clearing stays on record.
        var again = await admin.PostAsync($"/api/calls/{meiNight}/anomalies/clear", null);
        Assert.Equal(eastManagerId, (await again.Content.ReadFromJsonAsync<CallSummary>())!.Anomalies!.ClearedBy);

        var nothing = await admin.PostAsync($"/api/calls/{linDay}/anomalies/clear", null);
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Contains("no anomaly flags", (await nothing.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/calls/{Guid.NewGuid()}/anomalies/clear", null)).StatusCode);
        var tooLong = await admin.PostAsJsonAsync($"/api/calls/{linNight}/anomalies/clear", new ClearAnomaliesRequest(new string('x', 501)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        // The rep is refused by role, the other team's manager by scope: both are on record.
        bool ByRole(AuditEntry e) => e.Roles == Roles.Rep && e.Subject.Contains($"/api/calls/{meiNight}/anomalies/clear", StringComparison.Ordinal);
        bool ByScope(AuditEntry e) => e.Roles == Roles.Manager && e.Subject == $"call {meiNight}";
        var denied = await admin.WaitForAuditAsync("/api/audit?action=denied", page => page.Items.Any(ByRole) && page.Items.Any(ByScope));
        Assert.Contains(denied.Items, ByRole);
        Assert.Contains(denied.Items, ByScope);
    }

    [Fact]
    public async Task AnUnknownAnomalyFilterIsAValidationProblem()
    {
        await using var app = new FlaggingApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/calls?anomalies=yes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("use pending, cleared, any or none", Assert.Single(problem!.Errors["anomalies"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElevenCallsOfOneRepUploadedAtOnceAreAllFlaggedAsABulkUploadAndOldOnesAsLate()
    {
        await using var app = new FlaggingApplication(data.Path);
        using var admin = app.CreateClient();
        var ids = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            ids.Add(await UploadAsync(admin, $"backfill-{i}.vtt", "lin", "west", Yesterday(10, i, daysAgo: 2 + (i * 2))));
        }

        var calls = (await admin.GetFromJsonAsync<CallPage>("/api/calls?repId=lin&anomalies=pending&pageSize=50"))!.Items;

        Assert.Equal(ids.Order(), calls.Select(c => c.Id).Order());
        Assert.All(calls, c => Assert.Contains(c.Anomalies!.Flags, f => f.Flag == "bulkUpload"));
        // Started 2, 4, …, 22 days ago: the eight over seven days old are late uploads as well.
        Assert.Equal(8, calls.Count(c => c.Anomalies!.Flags.Any(f => f.Flag == "lateUpload")));
    }

    public void Dispose() => data.Dispose();
}
