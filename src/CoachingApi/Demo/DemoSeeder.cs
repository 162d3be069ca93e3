using System.Globalization;
using System.Text.Json;
using CallCoach.CoachingApi.Packs;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Demo;

/// <summary>
/// On a start with <c>Demo:Seed</c> and a store that holds no call at all, submits the demo organisation's calls
/// through the normal intake, waits until they are analysed, and generates the demo team's packs, so a new user sees
/// a radar and a pack within a minute. A store with any call is never seeded. The demo's calls are history backdated
/// on purpose, so the anomaly rules may flag them; the seeder clears those flags itself and says so in each call.
/// </summary>
public sealed class DemoSeeder(
    RecordingIntake intake,
    PackService packs,
    IDbContextFactory<CallCoachDbContext> contexts,
    CallStore store,
    IOptions<DemoOptions> options,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private const string DemoNote = "demo organisation: seeded history, backdated on purpose";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        var started = time.GetTimestamp();
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            var calls = await db.Calls.CountAsync(stoppingToken);
            if (calls > 0)
            {
                logger.LogInformation("Demo: the store already holds {Calls} calls, so no demo organisation was seeded", calls);
                return;
            }
        }

        var folder = DemoOrganisation.FolderOf(options.Value, data.Value);
        var demo = DemoOrganisation.Read(folder);
        var now = time.GetUtcNow();
        logger.LogInformation(
            "Demo: seeding team {Team} ({Reps} reps, {Calls} calls from {Folder}) into an empty store",
            demo.TeamId, demo.Calls.Select(c => c.RepId).Distinct().Count(), demo.Calls.Count, folder);

        // Audio first, and transcripts only once it is analysed: a transcript is analysed at once, so otherwise a pack
        // generated meanwhile (the weekly job catches up at start) could pick a benchmark call without audio.
        foreach (var batch in demo.Calls.GroupBy(c => c.IsTranscript).OrderBy(g => g.Key))
        {
            var ids = new List<Guid>();
            foreach (var call in batch)
            {
                if (await SubmitAsync(folder, demo.TeamId, call, now, stoppingToken) is { } id)
                {
                    ids.Add(id);
                }
            }

            await WaitUntilAnalysedAsync(ids, stoppingToken);
        }

        var made = new List<string>();
        foreach (var repId in await packs.RepsAsync(demo.TeamId, stoppingToken))
        {
            var (pack, skipped) = await packs.GenerateAsync(repId, "demo", stoppingToken);
            if (pack is null)
            {
                logger.LogWarning("Demo: no pack for {Rep}: {Reason}", repId, skipped);
            }
            else
            {
                made.Add($"{repId} ({pack.Why.Axis}{(pack.Clip?.AudioUrl is null ? "" : ", clip with audio")})");
            }
        }

        logger.LogInformation(
            "Demo: team {Team} seeded in {Seconds:F1} s, with packs for {Packs}. Open {Page}",
            demo.TeamId, time.GetElapsedTime(started).TotalSeconds, string.Join(", ", made), $"/teams/{demo.TeamId}");
    }

    /// <summary>Copies the shipped file aside with its sidecar and hands it to the intake, which moves it to the archive.</summary>
    private async Task<Guid?> SubmitAsync(string folder, string teamId, DemoCall call, DateTimeOffset now, CancellationToken ct)
    {
        var staging = Path.Combine(data.Value.Uploads, "demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var path = Path.Combine(staging, call.File);
            File.Copy(Path.Combine(folder, call.File), path);
            var startedAt = now.AddDays(-call.DaysAgo);
            var sidecar = new DemoSidecar(
                call.RepId,
                call.RepName,
                teamId,
                call.CustomerId,
                call.CustomerTier,
                call.InteractionNumber,
                startedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                "demo");
            await File.WriteAllTextAsync(SidecarReader.PathFor(path), JsonSerializer.Serialize(sidecar, DemoJson.Default.DemoSidecar), ct);
            var result = await intake.AcceptAsync(path, ct);
            if (result.Outcome != IntakeOutcome.Accepted)
            {
                logger.LogWarning("Demo: {File} was not taken ({Outcome}): {Reason}", call.File, result.Outcome, result.Reason);
                return null;
            }

            await store.ClearAnomaliesAsync(result.CallId!.Value, "demo-seeder", DemoNote, ct);
            return result.CallId;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task WaitUntilAnalysedAsync(List<Guid> ids, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + options.Value.AnalysisTimeout;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var waiting = await db.Calls.CountAsync(c => ids.Contains(c.Id) && c.Status == CallStatus.Received, ct);
            if (waiting == 0)
            {
                return;
            }

            if (time.GetUtcNow() > deadline)
            {
                logger.LogWarning("Demo: {Waiting} calls still not analysed after {Timeout}; generating the packs without them", waiting, options.Value.AnalysisTimeout);
                return;
            }

            await Task.Delay(PollInterval, time, ct);
        }
    }
}
