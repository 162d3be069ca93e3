using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.CoachingApi.Calls;
using CallCoach.CoachingApi.Keys;
using CallCoach.CoachingApi.Tests.Audit;

namespace CallCoach.CoachingApi.Tests.Access;

[Collection(TwoTeamsCollection.Name)]
public sealed class ScopeAndAuditTests(TwoTeams teams)
{
    [Fact]
    public async Task ARepListingCallsSeesOnlyTheirOwnAndAManagerOnlyTheirTeamsWhileAnAdminSeesAll()
    {
        async Task<string[]> RepsListedBy(string role)
        {
            using var client = teams.ClientFor(role);
            var page = await client.GetFromJsonAsync<CallPage>("/api/calls?pageSize=500");
            return [.. page!.Items.Select(c => c.RepId ?? "-").Distinct().Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["r1"], await RepsListedBy(Roles.Rep));
        Assert.Equal(["r1", "r2"], await RepsListedBy(Roles.Manager));
        Assert.Superset(new HashSet<string> { "r1", "r2", "r3" }, (await RepsListedBy(Roles.Admin)).ToHashSet());
    }

    [Fact]
    public async Task AManagersLostDealReportHoldsOnlyDealsTheirTeamsCalledAbout()
    {
        using var ingest = teams.ClientFor(Roles.Ingest);
        foreach (var rep in new[] { "r1", "r3" })
        {
            (await ingest.PostAsJsonAsync("/api/outcomes", new { customerId = $"c-{rep}", result = "lost", amount = 500m, closedAt = DateTimeOffset.UtcNow.AddMinutes(-5) })).EnsureSuccessStatusCode();
        }

        using var manager = teams.ClientFor(Roles.Manager);
        var report = await manager.GetFromJsonAsync<CallCoach.Analyze.Reports.LostDealReport>("/api/reports/lost-deals");
        Assert.Contains(report!.Deals, d => d.CustomerId == "c-r1");
        Assert.DoesNotContain(report.Deals, d => d.CustomerId == "c-r3");
        var outcomes = await manager.GetFromJsonAsync<List<CallCoach.CoachingApi.Outcomes.OutcomeDto>>("/api/outcomes");
        Assert.DoesNotContain(outcomes!, o => o.CustomerId == "c-r3");
    }

    [Fact]
    public async Task ARevokedKeyAndAMalformedKeyAreAnswered401()
    {
        using var admin = teams.ClientFor(Roles.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/keys", new CreateApiKeyRequest(Roles.Rep, "r1", null, "to revoke")))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CreatedApiKey>();
        using var rep = teams.App.CreateAnonymousClient();
        rep.DefaultRequestHeaders.Add("X-Api-Key", created!.Key);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/api/reps/r1/radar")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/keys/{created.Details.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await rep.GetAsync("/api/reps/r1/radar")).StatusCode);
        using var forged = teams.App.CreateAnonymousClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", created.Key[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/reps/r1/radar")).StatusCode);
        using var junk = teams.App.CreateAnonymousClient();
        junk.DefaultRequestHeaders.Add("X-Api-Key", "' OR 1=1 --");
        var answer = await junk.GetAsync("/api/calls");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("X-Api-Key", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStoreKeepsOnlyAHashOfAKeyNeverTheKeyItself()
    {
        using var admin = teams.ClientFor(Roles.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/keys", new CreateApiKeyRequest(Roles.Data, null, null, "hash check")))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CreatedApiKey>();
        // The secret is base64url, which may itself hold '_': it is what follows "cc_" and the 10-character id.
        var secret = created!.Key[("cc_".Length + created.Details.Id.Length + 1)..];

        var listed = await admin.GetStringAsync("/api/keys");
        Assert.Contains(created.Details.Id, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        var stored = await File.ReadAllBytesAsync(Path.Combine(teams.App.DataRoot, "callcoach.db"));
        var wal = Path.Combine(teams.App.DataRoot, "callcoach.db-wal");
        var all = File.Exists(wal) ? [.. stored, .. await File.ReadAllBytesAsync(wal)] : stored;
        Assert.DoesNotContain(secret, System.Text.Encoding.ASCII.GetString(all), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsOfARepsDataAndRefusalsAreInTheAuditLogWhichOnlyAnAdminMayQuery()
    {
        using var manager = teams.ClientFor(Roles.Manager);
        (await manager.GetAsync("/api/reps/r2/radar")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/reps/r3/radar")).StatusCode);
        using var data = teams.ClientFor(Roles.Data);
        Assert.Equal(HttpStatusCode.Forbidden, (await data.GetAsync("/api/reps/r1/radar")).StatusCode);

        using var admin = teams.ClientFor(Roles.Admin);
        var managerId = $"key:{teams.KeyOf[Roles.Manager].Substring(3, 10)}";
        var entries = await admin.WaitForAuditAsync($"/api/audit?actor={managerId}", page => page.Items.Count(e => e.Subject is "r2" or "rep r3") >= 2);
        Assert.Contains(entries.Items, e => e is { Action: AuditActions.ReadRep, Subject: "r2", Allowed: true, Detail: "radar" });
        Assert.Contains(entries.Items, e => e is { Action: AuditActions.Denied, Subject: "rep r3", Allowed: false });
        var refused = await admin.WaitForAuditAsync("/api/audit?action=denied", page => page.Items.Any(e => e.Roles == Roles.Data));
        Assert.Contains(refused.Items, e => e.Roles == Roles.Data && e.Subject.Contains("/api/reps/r1/radar", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/audit")).StatusCode);
    }
}
