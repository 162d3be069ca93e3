using CallCoach.Analyze.Classification;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>The corrections set: labels the data team fixed, which every later training run learns from.</summary>
public sealed class LabelCorrections(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time)
{
    public async Task<LabelCorrectionRecord> AddAsync(ClassifierKind kind, string text, string label, Guid? callId, int? segmentIndex, CancellationToken ct)
    {
        var correction = new LabelCorrectionRecord
        {
            Model = kind.Name,
            Text = text,
            Label = label,
            CallId = callId,
            SegmentIndex = segmentIndex,
            CreatedAt = time.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.LabelCorrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    public async Task<CorrectionSet> ForTrainingAsync(ClassifierKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.LabelCorrections.AsNoTracking().Where(c => c.Model == kind.Name).OrderBy(c => c.Id).ToListAsync(ct);
        return new CorrectionSet(
            [.. rows.Select(c => new LabelledText(c.Text, c.Label, TextLanguage.Of(c.Text)))],
            rows.Count == 0 ? 0 : rows[^1].Id);
    }

    public async Task<long> NewestIdAsync(ClassifierKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.LabelCorrections.Where(c => c.Model == kind.Name).MaxAsync(c => (long?)c.Id, ct) ?? 0;
    }
}

/// <summary>A model's corrections in the order made, and the newest one's id.</summary>
public sealed record CorrectionSet(IReadOnlyList<LabelledText> Examples, long UpTo);
