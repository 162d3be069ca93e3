using System.Text.Json;
using CallCoach.Analyze.Packs;
using CallCoach.Core.Archive;
using CallCoach.Core.Calls;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Packs;

/// <summary>
/// Generates and stores packs: at most one per rep and ISO week (a second request that week returns the first), with
/// the benchmark clip cut to data/clips/&lt;pack id&gt;.wav when the benchmark call has audio, bleeped where the call's
/// transcript was redacted.
/// </summary>
public sealed class PackService(
    IDbContextFactory<CallCoachDbContext> contexts,
    PackPlanner planner,
    RecordingReader recordings,
    IAudioStore archive,
    IOptions<PackOptions> options,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<PackService> logger)
{
    public string CurrentWeek => PackWeek.Of(time.GetUtcNow(), options.Value.Zone);

    /// <summary>The rep's pack of this week: the stored one, or a new one; null (with the reason) when the rep has no scored axis.</summary>
    public async Task<(CoachingPack? Pack, string? Skipped)> GenerateAsync(string repId, string trigger, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var week = PackWeek.Of(now, options.Value.Zone);
        if (await FindAsync(repId, week, ct) is { } existing)
        {
            return (existing, null);
        }

        var plan = await planner.PlanAsync(repId, null, ct);
        if (plan is null)
        {
            return (null, $"rep '{repId}' has no axis with enough calls in the radar window");
        }

        var id = Guid.CreateVersion7(now);
        var (clip, clipPath) = await ClipAsync(id, plan.Clip, ct);
        var pack = new CoachingPack(id, plan.RepId, plan.RepName, plan.TeamId, week, now, trigger, plan.Why, clip, plan.Template, plan.RolePlay);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Packs.Add(new PackRecord
        {
            Id = id,
            RepId = repId,
            RepName = plan.RepName,
            TeamId = plan.TeamId,
            Week = week,
            Trigger = trigger,
            CreatedAt = now,
            Axis = plan.Why.Axis,
            Json = JsonSerializer.Serialize(pack, PackJson.Default.CoachingPack),
            ClipPath = clipPath,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another generation stored this rep's pack first: keep that one, and drop the clip this one cut.
            var raced = await FindAsync(repId, week, ct);
            if (raced is null)
            {
                throw;
            }

            if (clipPath is not null)
            {
                File.Delete(clipPath);
            }

            return (raced, null);
        }

        logger.LogInformation("Pack {Pack} for {Rep}, week {Week}: {Axis} at {Score}", id, repId, week, plan.Why.Axis, plan.Why.Score);
        return (pack, null);
    }

    public async Task<IReadOnlyList<string>> RepsAsync(string? teamId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.AsNoTracking().Where(c => c.RepId != null && (teamId == null || c.TeamId == teamId))
            .Select(c => c.RepId!).Distinct().OrderBy(r => r).ToListAsync(ct);
    }

    public async Task<bool> HasCallsAsync(string repId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.AnyAsync(c => c.RepId == repId, ct);
    }

    public async Task<(CoachingPack Pack, string? ClipPath)?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Packs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return record is null ? null : (Read(record), record.ClipPath);
    }

    public async Task<IReadOnlyList<CoachingPack>> ForTeamAsync(string teamId, string week, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.Packs.AsNoTracking().Where(p => p.TeamId == teamId && p.Week == week).OrderBy(p => p.RepId).ToListAsync(ct);
        return [.. records.Select(Read)];
    }

    /// <summary>A rep's packs, newest week first: one week's when <paramref name="week"/> is given, else the last year's.</summary>
    public async Task<IReadOnlyList<CoachingPack>> ForRepAsync(string repId, string? week, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.Packs.AsNoTracking().Where(p => p.RepId == repId && (week == null || p.Week == week))
            .OrderByDescending(p => p.Week).Take(53).ToListAsync(ct);
        return [.. records.Select(Read)];
    }

    private async Task<CoachingPack?> FindAsync(string repId, string week, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Packs.AsNoTracking().FirstOrDefaultAsync(p => p.RepId == repId && p.Week == week, ct);
        return record is null ? null : Read(record);
    }

    private static CoachingPack Read(PackRecord record) => JsonSerializer.Deserialize(record.Json, PackJson.Default.CoachingPack)!;

    /// <summary>A transcript-only benchmark call gives the excerpt without audio; unreadable audio is logged, not fatal.</summary>
    private async Task<(BenchmarkClip? Clip, string? Path)> ClipAsync(Guid packId, ClipPlan? plan, CancellationToken ct)
    {
        if (plan is null)
        {
            return (null, null);
        }

        var clip = new BenchmarkClip(plan.CallId, plan.RepId, plan.CallScore, plan.Start, plan.End, null, plan.Transcript);
        try
        {
            if (await archive.ExistsAsync(plan.ArchivePath, ct)
                && recordings.Read(await archive.LocalFileAsync(plan.ArchivePath, ct), CallMetadata.None, ct).Audio is { } audio)
            {
                var path = Path.Combine(data.Value.Clips, $"{packId}.wav");
                var seconds = await ClipWriter.WriteAsync(audio, plan.Start, plan.End, plan.Bleeps, path, ct);
                return (clip with { End = Math.Round(plan.Start + seconds, 2), AudioUrl = $"/api/packs/{packId}/clip.wav" }, path);
            }
        }
        catch (Exception e) when (e is IOException or UnreadableRecordingException or ArgumentException or AudioStoreUnavailableException)
        {
            logger.LogWarning(e, "Cannot cut the clip of call {Call} for pack {Pack}; the pack keeps the transcript excerpt", plan.CallId, packId);
        }

        return (clip, null);
    }
}
