using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Storage;

/// <summary>What each source has already handed over, read and written per item; see <see cref="SourceItemRecord"/>.</summary>
public sealed class SourceCursor(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time)
{
    /// <summary>Of <paramref name="items"/>, those <paramref name="source"/> has handed over before, as (name, version).</summary>
    public async Task<IReadOnlySet<(string Name, string Version)>> KnownAsync(
        string source, IReadOnlyCollection<(string Name, string Version)> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return new HashSet<(string, string)>();
        }

        var names = items.Select(i => i.Name).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var known = await db.SourceItems.AsNoTracking()
            .Where(i => i.Source == source && names.Contains(i.Name))
            .Select(i => new { i.Name, i.Version })
            .ToListAsync(ct);
        return known.Select(k => (k.Name, k.Version)).ToHashSet();
    }

    public async Task RecordAsync(string source, string name, string version, SourceItemState state, Guid? callId, string? reason, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SourceItems.Add(new SourceItemRecord
        {
            Source = source,
            Name = name,
            Version = version,
            State = state,
            CallId = callId,
            Reason = reason,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Everything <paramref name="source"/> has handed over, oldest first.</summary>
    public async Task<IReadOnlyList<SourceItemRecord>> ListAsync(string source, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SourceItems.AsNoTracking().Where(i => i.Source == source).OrderBy(i => i.Id).ToListAsync(ct);
    }
}
