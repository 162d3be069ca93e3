using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallCoach.Core.Analysis;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Reads the stored call scores a radar needs and hands them to <see cref="RadarCalculator"/>. A radar of now is
/// served from its snapshot while that is current (same day, no newer analysis or anomaly-flag change in the team);
/// otherwise it is computed and the snapshot replaced. A radar at another moment (`at`) is always computed.
/// </summary>
public sealed class RadarQueries(IDbContextFactory<CallCoachDbContext> contexts, IOptions<RadarOptions> options, TimeProvider time)
{
    private readonly RadarCalculator calculator = new(options.Value);

    /// <summary>Null when the store has no call of the rep at all.</summary>
    public async Task<RepRadar?> RepAsync(string repId, DateTimeOffset? at, CancellationToken ct, bool recompute = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.Calls.AsNoTracking().Where(c => c.RepId == repId)
            .OrderByDescending(c => c.OccurredAt).Select(c => new { c.TeamId }).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        var teamId = latest.TeamId;
        return await SnapshotAsync(db, $"rep:{repId}", teamId, teamId is null ? repId : null, at, recompute, RadarJson.Default.RepRadar, async end =>
        {
            var radar = calculator.ForRep(repId, teamId, await RowsAsync(db, teamId, teamId is null ? repId : null, end, ct), end);
            var axes = new List<RadarAxis>();
            foreach (var axis in radar.Axes)
            {
                axes.Add(await WithItemsAsync(db, axis, ct));
            }

            return radar with { Axes = axes };
        }, ct);
    }

    /// <summary>Null when the store has no call of the team at all.</summary>
    public async Task<TeamRadar?> TeamAsync(string teamId, DateTimeOffset? at, CancellationToken ct, bool recompute = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Calls.AnyAsync(c => c.TeamId == teamId, ct))
        {
            return null;
        }

        return await SnapshotAsync(db, $"team:{teamId}", teamId, null, at, recompute, RadarJson.Default.TeamRadar,
            async end => calculator.ForTeam(teamId, await RowsAsync(db, teamId, null, end, ct), end), ct);
    }

    /// <summary>Every rep and team radar, recomputed: the nightly job, so the window moves on with the days.</summary>
    public async Task<int> RecomputeAllAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reps = await db.Calls.AsNoTracking().Where(c => c.RepId != null).Select(c => c.RepId!).Distinct().ToListAsync(ct);
        var teams = await db.Calls.AsNoTracking().Where(c => c.TeamId != null).Select(c => c.TeamId!).Distinct().ToListAsync(ct);
        foreach (var team in teams)
        {
            await TeamAsync(team, null, ct, recompute: true);
        }

        foreach (var rep in reps)
        {
            await RepAsync(rep, null, ct, recompute: true);
        }

        return reps.Count + teams.Count;
    }

    private async Task<T> SnapshotAsync<T>(
        CallCoachDbContext db, string key, string? teamId, string? repId, DateTimeOffset? at, bool recompute, JsonTypeInfo<T> json, Func<DateTimeOffset, Task<T>> compute, CancellationToken ct)
    {
        if (at is { } moment)
        {
            return await compute(moment);
        }

        var now = time.GetUtcNow();
        var scope = teamId is not null ? db.Calls.Where(c => c.TeamId == teamId) : db.Calls.Where(c => c.RepId == repId);
        // What counts changes with a new analysis and with anomaly flags raised or cleared.
        var analyzed = await scope.MaxAsync(c => c.AnalyzedAt, ct);
        var flagged = await scope.MaxAsync(c => c.AnomaliesChangedAt, ct);
        var version = flagged > analyzed || analyzed is null ? flagged : analyzed;
        var snapshot = await db.RadarSnapshots.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (!recompute && snapshot is not null && snapshot.DataVersion == version && snapshot.ComputedAt.UtcDateTime.Date == now.UtcDateTime.Date)
        {
            return JsonSerializer.Deserialize(snapshot.Json, json)!;
        }

        var radar = await compute(now);
        if (snapshot is null)
        {
            snapshot = new RadarSnapshotRecord { Key = key, Json = "" };
            db.RadarSnapshots.Add(snapshot);
        }

        snapshot.ComputedAt = now;
        snapshot.DataVersion = version;
        snapshot.Json = JsonSerializer.Serialize(radar, json);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored the same snapshot first; the radar computed here is just as current.
        }

        return radar;
    }

    private async Task<List<CallAxisRow>> RowsAsync(CallCoachDbContext db, string? teamId, string? repId, DateTimeOffset end, CancellationToken ct)
    {
        // The previous window too, for the trend.
        var from = end.AddDays(-2 * options.Value.WindowDays);
        var calls = db.Calls.AsNoTracking().WhereCountedEffective().Where(c => c.RepId != null && c.OccurredAt >= from && c.OccurredAt < end);
        calls = teamId is not null ? calls.Where(c => c.TeamId == teamId) : calls.Where(c => c.RepId == repId);
        var rows = await calls
            .Join(db.AxisScores, c => c.Id, a => a.CallId, (c, a) => new { c.Id, c.RepId, c.RepName, c.OccurredAt, a.Axis, a.Score })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CallAxisRow(r.Id, r.RepId!, r.RepName, r.OccurredAt, r.Axis, r.Score))];
    }

    private static async Task<RadarAxis> WithItemsAsync(CallCoachDbContext db, RadarAxis axis, CancellationToken ct)
    {
        var ids = axis.Evidence.Raised.Concat(axis.Evidence.Lowered).Select(e => e.CallId).ToList();
        if (ids.Count == 0)
        {
            return axis;
        }

        var items = await db.AxisScores.AsNoTracking().Where(a => a.Axis == axis.Axis && ids.Contains(a.CallId))
            .ToDictionaryAsync(a => a.CallId, a => a.ItemsJson, ct);
        IReadOnlyList<CallEvidence> Fill(IReadOnlyList<CallEvidence> calls) =>
            [.. calls.Select(c => c with { Items = JsonSerializer.Deserialize(items[c.CallId], AnalysisJson.Default.IReadOnlyListScoreItem) ?? [] })];
        return axis with { Evidence = new AxisEvidence(Fill(axis.Evidence.Raised), Fill(axis.Evidence.Lowered)) };
    }
}
