using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Packs;

/// <summary>
/// The best calls on each axis, one per rep, best first: a pack's benchmark is the first not by its own rep. A weekly
/// run plans a thousand packs, and every one would otherwise rank the same calls again, so the ranking is kept for
/// a few minutes.
/// </summary>
internal sealed class BenchmarkCandidates(IDbContextFactory<CallCoachDbContext> contexts, IOptions<PackOptions> options, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, (DateTimeOffset Until, IReadOnlyList<BenchmarkCandidate> Calls)> cache = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IReadOnlyList<BenchmarkCandidate>> ForAsync(string axis, DateTimeOffset at, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var live = Math.Abs((at - now).TotalMinutes) < 1;
        await gate.WaitAsync(ct);
        try
        {
            if (live && cache.TryGetValue(axis, out var kept) && kept.Until > now)
            {
                return kept.Calls;
            }

            var from = at.AddDays(-options.Value.BenchmarkDays);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var ranked = await db.AxisScores.AsNoTracking()
                .Where(a => a.Axis == axis && a.Score != null)
                .Join(db.Calls.WhereCountedEffective().Where(c => c.RepId != null && c.OccurredAt >= from && c.OccurredAt < at),
                    a => a.CallId, c => c.Id, (a, c) => new { c.Id, c.RepId, c.ArchivePath, c.DurationSeconds, a.Score, a.ItemsJson, c.OccurredAt })
                .OrderByDescending(c => c.Score).ThenByDescending(c => c.OccurredAt)
                .Select(c => new { c.Id, c.RepId, c.Score })
                .Take(2000)
                .ToListAsync(ct);
            // One call per rep is enough: the first call not by the pack's own rep is among the best two reps' calls.
            var best = ranked.DistinctBy(c => c.RepId).Take(2).Select(c => c.Id).ToList();
            var calls = await db.Calls.AsNoTracking().Where(c => best.Contains(c.Id))
                .Join(db.AxisScores.Where(a => a.Axis == axis), c => c.Id, a => a.CallId,
                    (c, a) => new BenchmarkCandidate(c.Id, c.RepId!, c.ArchivePath, c.DurationSeconds, a.Score!.Value, a.ItemsJson))
                .ToListAsync(ct);
            IReadOnlyList<BenchmarkCandidate> ordered = [.. best.Select(id => calls.Single(c => c.Id == id))];
            if (live)
            {
                cache[axis] = (now + Lifetime, ordered);
            }

            return ordered;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}

internal sealed record BenchmarkCandidate(Guid Id, string RepId, string ArchivePath, double? DurationSeconds, double Score, string ItemsJson);
