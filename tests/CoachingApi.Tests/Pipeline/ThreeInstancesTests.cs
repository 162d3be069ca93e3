using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Queues;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>
/// Scale-out as a company would run it: three separate `callcoach serve` processes sharing one PostgreSQL store and
/// one Azure Storage account (Azurite), with the audio archive in a blob container and the stages joined by queues.
/// Calls are uploaded to the three APIs in turn, as a load balancer would spread them; every one must be analyzed
/// exactly once, and all three processes must have done part of the work.
/// </summary>
[Collection(GeneratedCallsCollection.Name)]
public sealed class ThreeInstancesTests(GeneratedCalls calls, PostgresServer postgres, Azurite azurite, ITestOutputHelper output)
    : IClassFixture<PostgresServer>, IClassFixture<Azurite>, IDisposable
{
    private const int Instances = 3;
    private const int Calls = 200;
    private readonly TempDirectory data = new("three-instances");
    private readonly string prefix = $"t{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task TwoHundredCallsUploadedToThreeInstancesAreEachAnalyzedExactlyOnceAndAllThreeTakePart()
    {
        var store = await postgres.CreateDatabaseAsync("three_instances");
        var nodes = Enumerable.Range(1, Instances).Select(n => $"node-{n}").ToList();
        // All three start at once on an empty store, as a cluster's first deployment does: the migrations, the first
        // admin key and the queues are created by whichever gets there first.
        var services = nodes.Select(node => ServiceProcess.Start(Settings(node, store), Log(node))).ToList();
        var clients = new List<HttpClient>();
        try
        {
            var addresses = new List<Uri>();
            foreach (var service in services)
            {
                await service.Started.WaitAsync(TimeSpan.FromMinutes(3));
                addresses.Add(await service.Address.WaitAsync(TimeSpan.FromSeconds(10)));
            }

            var key = AdminKey(nodes);
            clients.AddRange(addresses.Select(address => Client(address, key)));
            var uploads = Uploads();
            // Four uploads in flight at a time, each to the next instance in turn.
            using var gate = new SemaphoreSlim(4);
            var statuses = await Task.WhenAll(uploads.Select(async (upload, i) =>
            {
                await gate.WaitAsync();
                try
                {
                    return await UploadAsync(clients[i % Instances], upload);
                }
                finally
                {
                    gate.Release();
                }
            }));
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));

            var deadline = DateTime.UtcNow.AddMinutes(12);
            while (await CountAsync(store, CallStatus.Analyzed) < Calls && DateTime.UtcNow < deadline && services.All(s => !s.HasExited))
            {
                await Task.Delay(1000);
            }

            await using var db = Store(store);
            var stored = await db.Calls.AsNoTracking().ToListAsync();
            var states = string.Join(", ", stored.GroupBy(c => c.Status).Select(g => $"{g.Key} {g.Count()}"));
            output.WriteLine($"{stored.Count} calls: {states}");
            Assert.All(services, s => Assert.False(s.HasExited));

            // None lost and none doubled: one call per upload, matched by content, and every one analyzed.
            Assert.Equal(uploads.Select(u => Sha256(u.Bytes)).Order(), stored.Select(c => c.ContentHash).Order());
            Assert.All(stored, c => Assert.Equal(CallStatus.Analyzed, c.Status));

            // Exactly once: one transition into "analyzed" per call, one set of axis scores, nothing left in flight.
            var transitions = await db.CallTransitions.AsNoTracking().ToListAsync();
            var analyses = transitions.Where(t => t.To == CallStatus.Analyzed).ToList();
            Assert.Equal(stored.Select(c => c.Id).Order(), analyses.Select(t => t.CallId).Order());
            var scoreRows = await db.AxisScores.GroupBy(a => a.CallId).Select(g => g.Count()).ToListAsync();
            Assert.All(scoreRows, n => Assert.Equal(4, n));
            Assert.Empty(await db.PendingTranscripts.ToListAsync());
            Assert.All(stored, c => Assert.Null(c.LeaseOwner));
            // A stage deletes its message just after storing its work, so the queues are given a moment to drain.
            var drained = DateTime.UtcNow.AddSeconds(30);
            while (await QueuedMessagesAsync() > 0 && DateTime.UtcNow < drained)
            {
                await Task.Delay(500);
            }

            Assert.Equal(0, await QueuedMessagesAsync());

            // All three took part, in every stage: each received uploads, and each took calls off both queues.
            var received = Tally(transitions.Where(t => t.To == CallStatus.Received));
            var transcribed = Tally(transitions.Where(t => t.To == CallStatus.Transcribed));
            var analyzed = Tally(analyses);
            output.WriteLine($"received by {received}; transcribed by {transcribed}; analyzed by {analyzed}");
            Assert.Equal(nodes, transitions.Where(t => t.To == CallStatus.Received).Select(t => t.Instance).Distinct().Order());
            Assert.Equal(nodes, analyses.Select(t => t.Instance).Distinct().Order());

            // Their schedulers are the three nodes of one Quartz cluster, so each scheduled fire runs once among them.
            Assert.Equal(Instances, await SchedulerNodesAsync(store));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            foreach (var service in services)
            {
                service.Dispose();
            }

            // The processes' own words on what went wrong, for when an assertion above did not hold.
            foreach (var node in nodes)
            {
                var lines = File.ReadAllLines(Log(node));
                var errors = lines.Index().Where(l => l.Item.StartsWith("fail:", StringComparison.Ordinal) || l.Item.StartsWith("crit:", StringComparison.Ordinal)).ToList();
                output.WriteLine($"{node}: {errors.Count} errors logged");
                foreach (var (at, _) in errors.Take(3))
                {
                    output.WriteLine(string.Join('\n', lines.Skip(at).Take(6)));
                }
            }
        }
    }

    private Dictionary<string, string> Settings(string node, string store) => new()
    {
        ["Data:Root"] = Root(node),
        ["Data:Models"] = RepositoryPaths.Models,
        ["Data:Provider"] = "postgres",
        ["Data:ConnectionString"] = store,
        ["Archive:Store"] = "Blob",
        ["Archive:Blob:ConnectionString"] = azurite.ConnectionString,
        ["Archive:Blob:Container"] = $"{prefix}-audio",
        ["Work:Transport"] = "Queues",
        ["Work:QueueConnectionString"] = azurite.ConnectionString,
        ["Work:QueuePrefix"] = prefix,
        ["Work:InstanceName"] = node,
        ["Work:PollInterval"] = "00:00:00.500",
        // Three processes share two cores: one recognizer each.
        ["Pipeline:TranscribeWorkers"] = "1",
        ["Api:Signing:Required"] = "false",
        ["Api:RateLimit:PermitsPerSecond"] = "1000",
        ["Api:RateLimit:Burst"] = "1000",
    };

    private string Root(string node) => Path.Combine(data.Path, node);

    private string Log(string node) => Path.Combine(data.Path, $"{node}.log");

    /// <summary>The key the first start wrote; several may have, each to its own data folder, all valid in the one store.</summary>
    private string AdminKey(IEnumerable<string> nodes) =>
        nodes.Select(node => Path.Combine(Root(node), "admin.key")).Where(File.Exists).Select(f => File.ReadAllText(f).Trim()).First();

    private static HttpClient Client(Uri address, string key)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private sealed record Upload(string Name, byte[] Bytes);

    /// <summary>Six recordings for the recognizers, the rest transcripts, each with content of its own.</summary>
    private List<Upload> Uploads()
    {
        string[] recordings = [calls.TrialCallWav, calls.TrialCallMp3, calls.SmallTalkWav, calls.RepFirstMonoWav, calls.CustomerFirstMonoWav, calls.RepAloneWav];
        var uploads = recordings.Select(r => new Upload(Path.GetFileName(r), File.ReadAllBytes(r))).ToList();
        for (var n = uploads.Count; n < Calls; n++)
        {
            var text = new StringBuilder("WEBVTT\n\n");
            text.Append("00:00:00.000 --> 00:00:05.000\n<v Sarah Lee>Thanks for taking the call. What does your team use for onboarding today?\n\n");
            text.Append($"00:00:05.500 --> 00:01:10.000\n<v Tom Becker>We run {n} sites and the budget is tight this quarter.\n\n");
            text.Append("00:01:10.500 --> 00:01:40.000\n<v Sarah Lee>A trial period of thirty days would show the ROI before you commit.\n");
            uploads.Add(new Upload($"call-{n:000}.vtt", Encoding.UTF8.GetBytes(text.ToString())));
        }

        return uploads;
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, Upload upload)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(upload.Bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", upload.Name);
        using var response = await client.PostAsync("/api/calls", form);
        return response.StatusCode;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Tally(IEnumerable<CallTransitionRecord> transitions) =>
        string.Join(", ", transitions.GroupBy(t => t.Instance).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));

    private static CallCoachDbContext Store(string connectionString) =>
        new(new DbContextOptionsBuilder<CallCoachDbContext>().UseCallCoachStore(StoreProvider.Postgres, connectionString).Options);

    private static async Task<int> CountAsync(string connectionString, CallStatus status)
    {
        await using var db = Store(connectionString);
        return await db.Calls.CountAsync(c => c.Status == status);
    }

    /// <summary>Messages left on the stage queues and the poison queue, hidden ones included.</summary>
    private async Task<int> QueuedMessagesAsync()
    {
        var count = 0;
        foreach (var stage in (string[])["transcribe", "analyze", "poison"])
        {
            var queue = new QueueClient(azurite.ConnectionString, $"{prefix}-{stage}");
            count += (await queue.ExistsAsync()).Value ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
        }

        return count;
    }

    private static async Task<long> SchedulerNodesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'callcoach'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => data.Dispose();
}
