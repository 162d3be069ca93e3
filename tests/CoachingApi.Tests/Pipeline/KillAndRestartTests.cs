using System.Security.Cryptography;
using System.Text;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>
/// The durable state machine under the worst stop there is: the running service is killed with SIGKILL at random
/// moments while calls arrive, over and over, and started again each time. Afterwards every call must be analyzed
/// exactly once, with nothing lost, nothing doubled and no audio left without its call.
/// </summary>
[Collection(GeneratedCallsCollection.Name)]
public sealed class KillAndRestartTests(GeneratedCalls calls, ITestOutputHelper output) : IDisposable
{
    private const int Kills = 22;
    private const int Seed = 20261127;
    private readonly TempDirectory data = new("kill-restart");

    private string Inbox => Path.Combine(data.Path, "inbox");

    [Fact]
    public async Task AfterTwentyKillsAtRandomMomentsEveryCallIsAnalyzedExactlyOnceAndNoneIsLost()
    {
        var random = new Random(Seed);
        var settings = new Dictionary<string, string>
        {
            ["Data:Root"] = data.Path,
            ["Data:Models"] = RepositoryPaths.Models,
            ["Ingest:SettleTime"] = "00:00:00.200",
            ["Ingest:PollInterval"] = "00:00:00.200",
            ["Pipeline:TranscribeWorkers"] = "2",
            ["Work:PollInterval"] = "00:00:00.500",
            ["Work:InstanceName"] = "kill-test",
        };
        string[] audio = [calls.SmallTalkWav, calls.RepFirstMonoWav, calls.CustomerFirstMonoWav, calls.TrialCallMp3];
        var dropped = new List<string>();
        var states = new List<string>();

        for (var run = 0; run < Kills; run++)
        {
            // Calls keep arriving between and during the runs, so kills land in intake as well as in the stages.
            dropped.Add(await DropTranscriptAsync(2 * run, withSidecar: run % 2 == 0));
            dropped.Add(await DropTranscriptAsync(2 * run + 1, withSidecar: false));
            if (run % 5 == 0 && run / 5 < audio.Length)
            {
                dropped.Add(await DropAsync(audio[run / 5], $"audio-{run}{Path.GetExtension(audio[run / 5])}"));
            }

            using var service = ServiceProcess.Start(settings, Path.Combine(data.Path, $"run-{run:00}.log"));
            // Every fourth kill lands anywhere in the start; the others once the service runs, while it works.
            if (run % 4 != 0)
            {
                await service.Started.WaitAsync(TimeSpan.FromMinutes(2));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(100, 5000)));
            await service.KillAsync();
            states.Add(await StatesAsync());
        }

        output.WriteLine($"{Kills} SIGKILLs (seed {Seed}); calls by state right after each kill:");
        states.ForEach(output.WriteLine);

        using (ServiceProcess.Start(settings, Path.Combine(data.Path, "run-final.log")))
        {
            var deadline = DateTime.UtcNow.AddMinutes(6);
            while (await CountAnalyzedAsync() < dropped.Count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }

            output.WriteLine($"after the final start: {await StatesAsync()}");
        }

        await using var db = Store();
        var stored = await db.Calls.AsNoTracking().ToListAsync();
        // None lost and none doubled: one call per file dropped, matched by content.
        Assert.Equal(dropped.Select(Sha256).Order(), stored.Select(c => c.ContentHash).Order());
        Assert.All(stored, c => Assert.Equal(CallStatus.Analyzed, c.Status));

        // Analyzed exactly once: one transition into "analyzed" per call, and no leftovers of the stages.
        var analyses = await db.CallTransitions.AsNoTracking().Where(t => t.To == CallStatus.Analyzed)
            .GroupBy(t => t.CallId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(stored.Count, analyses.Count);
        Assert.All(analyses, a => Assert.Equal(1, a.Count));
        Assert.Empty(await db.PendingTranscripts.ToListAsync());
        Assert.All(stored, c => Assert.Null(c.LeaseOwner));
        var scoreRows = await db.AxisScores.GroupBy(a => a.CallId).Select(g => g.Count()).ToListAsync();
        Assert.All(scoreRows, n => Assert.Equal(4, n));

        // No orphaned audio: the archive holds exactly the calls' recordings; nothing left in the inbox or quarantined.
        var archived = Directory.EnumerateFiles(Path.Combine(data.Path, "audio")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal(stored.Select(c => c.ArchivePath).Order(), archived.Order());
        Assert.Empty(Directory.EnumerateFiles(Inbox));
        Assert.False(Directory.Exists(Path.Combine(data.Path, "quarantine")) && Directory.EnumerateFiles(Path.Combine(data.Path, "quarantine")).Any());
    }

    private async Task<string> DropTranscriptAsync(int n, bool withSidecar)
    {
        var name = $"call-{n:000}.vtt";
        var text = new StringBuilder("WEBVTT\n\n");
        text.Append("00:00:00.000 --> 00:00:05.000\n<v Sarah Lee>Thanks for taking the call. What does your team use for onboarding today?\n\n");
        text.Append($"00:00:05.500 --> 00:01:10.000\n<v Tom Becker>We run {n} sites and the budget is tight this quarter.\n\n");
        text.Append("00:01:10.500 --> 00:01:40.000\n<v Sarah Lee>A trial period of thirty days would show the ROI before you commit.\n");
        if (withSidecar)
        {
            await WriteAsync($"call-{n:000}.json", Encoding.UTF8.GetBytes($$"""{ "repId": "r{{n % 3}}", "repName": "Sarah Lee", "teamId": "t1" }"""));
        }

        await WriteAsync(name, Encoding.UTF8.GetBytes(text.ToString()));
        return Path.Combine(Inbox, name);
    }

    private async Task<string> DropAsync(string source, string name)
    {
        await WriteAsync(name, await File.ReadAllBytesAsync(source));
        return Path.Combine(Inbox, name);
    }

    private readonly Dictionary<string, string> hashes = [];

    /// <summary>Written aside and renamed in, as a copy tool should; the hash is kept to match calls by content.</summary>
    private async Task WriteAsync(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Inbox);
        var target = Path.Combine(Inbox, name);
        await File.WriteAllBytesAsync(target + ".part", bytes);
        File.Move(target + ".part", target);
        hashes[target] = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private string Sha256(string dropped) => hashes[dropped];

    private CallCoachDbContext Store()
    {
        var options = new DbContextOptionsBuilder<CallCoachDbContext>()
            .UseSqlite($"Data Source={Path.Combine(data.Path, "callcoach.db")};Pooling=False").Options;
        return new CallCoachDbContext(options);
    }

    private async Task<int> CountAnalyzedAsync()
    {
        if (!File.Exists(Path.Combine(data.Path, "callcoach.db")))
        {
            return 0;
        }

        await using var db = Store();
        try
        {
            return await db.Calls.CountAsync(c => c.Status == CallStatus.Analyzed);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The first start may still be creating the schema.
            return 0;
        }
    }

    private async Task<string> StatesAsync()
    {
        if (!File.Exists(Path.Combine(data.Path, "callcoach.db")))
        {
            return "no store yet";
        }

        await using var db = Store();
        try
        {
            var counts = await db.Calls.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var inbox = Directory.Exists(Inbox) ? Directory.EnumerateFiles(Inbox).Count() : 0;
            return string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key.ToString().ToLowerInvariant()} {c.Count}")) + $"; inbox {inbox}";
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return $"store not ready: {e.Message}";
        }
    }

    public void Dispose() => data.Dispose();
}
