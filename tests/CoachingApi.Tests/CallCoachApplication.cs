using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests;

/// <summary>
/// The real host over a data folder of its own: real SQLite (or PostgreSQL, see <see cref="StoreUnderTest"/>), real
/// PocketSphinx, the real inbox watcher.
/// Two instances over the same folder model a restart.
/// </summary>
public class CallCoachApplication(string dataRoot) : WebApplicationFactory<Program>
{
    public string DataRoot { get; } = dataRoot;
    public string Inbox => Path.Combine(DataRoot, "inbox");
    public string Quarantine => Path.Combine(DataRoot, "quarantine");
    public string Archive => Path.Combine(DataRoot, "audio");

    /// <summary>More settings for this host, applied after the defaults; set them before the host starts.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Root", DataRoot);
        builder.UseSetting("Data:Models", RepositoryPaths.Models);
        builder.UseSetting("Ingest:SettleTime", "00:00:00.200");
        builder.UseSetting("Ingest:PollInterval", "00:00:00.200");
        builder.UseSetting("Pipeline:TranscribeWorkers", "2");
        // A failing stage parks its call at once here; the retry tests set their own attempts and back-off.
        builder.UseSetting("Work:MaxAttempts", "1");
        builder.UseSetting("Work:PollInterval", "00:00:00.500");
        // Uploads here are unsigned; the signing tests use SignedUploadApplication, which requires signatures.
        builder.UseSetting("Api:Signing:Required", "false");
        // Feature tests poll and upload in loops; the limiter's own tests set a small bucket.
        builder.UseSetting("Api:RateLimit:PermitsPerSecond", "1000");
        builder.UseSetting("Api:RateLimit:Burst", "1000");
        // Feature tests build history by uploading it: calls dated days or months back, at whatever hour the test
        // runs, several per rep at once. That is a backfill, which the anomaly flags rightly hold back; the tests of
        // the flags (AnomalyFlagsApiTests) turn them on.
        builder.UseSetting("Ingest:AnomalyFlags:Enabled", "false");
        if (StoreUnderTest.IsPostgres)
        {
            builder.UseSetting("Data:Provider", "postgres");
            builder.UseSetting("Data:ConnectionString", StoreUnderTest.PostgresFor(DataRoot));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The key the first start wrote for its admin; clients of this factory send it unless a test says otherwise.</summary>
    public string AdminKey => File.ReadAllText(Path.Combine(DataRoot, "admin.key")).Trim();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    /// <summary>A client with no credentials at all.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    /// <summary>A client signed in with a new key of the role, rep and teams given.</summary>
    public async Task<HttpClient> CreateClientWithKeyAsync(string role, string? repId = null, params string[] teams)
    {
        var created = await Services.GetRequiredService<CallCoach.CoachingApi.Access.ApiKeys>().CreateAsync(role, repId, teams, "test", CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
        return client;
    }

    /// <summary>Drops a file into the inbox the way a copy tool should: written aside, then renamed in.</summary>
    public async Task DropAsync(string source, string? name = null)
    {
        Directory.CreateDirectory(Inbox);
        var target = Path.Combine(Inbox, name ?? Path.GetFileName(source));
        var partial = target + ".part";
        File.Copy(source, partial, overwrite: true);
        File.Move(partial, target);
        await Task.CompletedTask;
    }

    public async Task<CallDetail> WaitForCallAsync(Guid id, TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var detail = await client.GetFromJsonAsync<CallDetail>($"/api/calls/{id}");
            if (Finished(detail!.Call.Status) || DateTime.UtcNow > deadline)
            {
                return detail;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Analyzed, or parked after its last attempt: where a call stays until someone acts.</summary>
    public static bool Finished(string status) => status is "analyzed" or "parked";

    /// <summary>Waits until <paramref name="count"/> calls are analyzed or parked.</summary>
    public async Task<IReadOnlyList<CallSummary>> WaitForFinishedCallsAsync(int count, TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var page = await client.GetFromJsonAsync<CallPage>("/api/calls?pageSize=500");
            var finished = page!.Items.Where(c => Finished(c.Status)).ToList();
            if (finished.Count >= count || DateTime.UtcNow > deadline)
            {
                return finished;
            }

            await Task.Delay(250);
        }
    }
}
