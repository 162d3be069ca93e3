using System.Text.Json;
using CallCoach.Core.Analysis;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Radar;

/// <summary>Reads the stored call scores a radar needs and hands them to <see cref="RadarCalculator"/>.</summary>
public sealed class RadarQueries(IDbContextFactory<CallCoachDbContext> contexts, IOptions<RadarOptions> options, TimeProvider time)
{
    private readonly RadarCalculator calculator = new(options.Value);

    /// <summary>Null when the store has no call of the rep at all.</summary>
    public async Task<RepRadar?> RepAsync(string repId, DateTimeOffset? at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var end = at ?? time.GetUtcNow();
        var latest = await db.Calls.AsNoTracking().Where(c => c.RepId == repId)
            .OrderByDescending(c => c.StartedAt ?? c.ReceivedAt).Select(c => new { c.TeamId }).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        var rows = await RowsAsync(db, latest.TeamId, latest.TeamId is null ? repId : null, end, ct);
        var radar = calculator.ForRep(repId, latest.TeamId, rows, end);
        return radar with { Axes = [.. await Task.WhenAll(radar.Axes.Select(axis => WithItemsAsync(axis, ct)))] };
    }

    /// <summary>Null when the store has no call of the team at all.</summary>
    public async Task<TeamRadar?> TeamAsync(string teamId, DateTimeOffset? at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Calls.AnyAsync(c => c.TeamId == teamId, ct))
        {
            return null;
        }

        var end = at ?? time.GetUtcNow();
        return calculator.ForTeam(teamId, await RowsAsync(db, teamId, null, end, ct), end);
    }

    private async Task<List<CallAxisRow>> RowsAsync(CallCoachDbContext db, string? teamId, string? repId, DateTimeOffset end, CancellationToken ct)
    {
        // The previous window too, for the trend.
        var from = end.AddDays(-2 * options.Value.WindowDays);
        var calls = db.Calls.AsNoTracking().Where(c => c.Effective == true && c.RepId != null
            && (c.StartedAt ?? c.ReceivedAt) >= from && (c.StartedAt ?? c.ReceivedAt) < end);
        calls = teamId is not null ? calls.Where(c => c.TeamId == teamId) : calls.Where(c => c.RepId == repId);
        var rows = await calls
            .Join(db.AxisScores, c => c.Id, a => a.CallId, (c, a) => new { c.Id, c.RepId, c.RepName, When = c.StartedAt ?? c.ReceivedAt, a.Axis, a.Score })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CallAxisRow(r.Id, r.RepId!, r.RepName, r.When, r.Axis, r.Score))];
    }

    private async Task<RadarAxis> WithItemsAsync(RadarAxis axis, CancellationToken ct)
    {
        var ids = axis.Evidence.Raised.Concat(axis.Evidence.Lowered).Select(e => e.CallId).ToList();
        if (ids.Count == 0)
        {
            return axis;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var items = await db.AxisScores.AsNoTracking().Where(a => a.Axis == axis.Axis && ids.Contains(a.CallId))
            .ToDictionaryAsync(a => a.CallId, a => a.ItemsJson, ct);
        IReadOnlyList<CallEvidence> Fill(IReadOnlyList<CallEvidence> calls) =>
            [.. calls.Select(c => c with { Items = JsonSerializer.Deserialize(items[c.CallId], AnalysisJson.Default.IReadOnlyListScoreItem) ?? [] })];
        return axis with { Evidence = new AxisEvidence(Fill(axis.Evidence.Raised), Fill(axis.Evidence.Lowered)) };
    }
}
