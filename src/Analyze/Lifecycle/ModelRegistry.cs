using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>
/// The trained versions of each classifier and which one serves. Promotion and rollback change the store first and
/// then swap the serving model, so calls being classified finish on the version they started with.
/// </summary>
public sealed class ModelRegistry(
    IDbContextFactory<CallCoachDbContext> contexts,
    ServingClassifiers serving,
    IOptions<DataOptions> data,
    IOptions<ClassificationOptions> options,
    TimeProvider time,
    ILogger<ModelRegistry> logger) : IDisposable
{
    private readonly SemaphoreSlim changes = new(1, 1);

    public string VersionPath(ClassifierKind kind, string version) =>
        Path.Combine(data.Value.ModelVersions, kind.Name, $"{version}.zip");

    public IReadOnlyList<LabelledText> Holdout(ClassifierKind kind) =>
        TrainingData.LoadHoldout(kind, data.Value.ModelFile(options.Value.TrainingData)!);

    public async Task<IReadOnlyList<ModelVersionRecord>> VersionsAsync(ClassifierKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ModelVersions.AsNoTracking().Where(v => v.Model == kind.Name).OrderBy(v => v.Id).ToListAsync(ct);
    }

    public static ModelVersionRecord? Active(IEnumerable<ModelVersionRecord> versions) =>
        versions.Where(v => v.PromotedAt is not null && v.RolledBackAt is null).MaxBy(v => (v.PromotedAt, v.Id));

    public async Task<ModelVersionRecord> AddAsync(ModelVersionRecord version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ModelVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    public async Task<ModelVersionRecord> RecordDecisionAsync(ModelVersionRecord version, string decision, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ModelVersions.Attach(version);
        version.Decision = decision;
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>Makes a version serve. Unless forced, it must score at least as well as the serving one on the held-out split.</summary>
    public async Task<ModelVersionRecord> PromoteAsync(ClassifierKind kind, string version, bool force, string decision, CancellationToken ct)
    {
        await changes.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var record = await db.ModelVersions.FirstOrDefaultAsync(v => v.Model == kind.Name && v.Version == version, ct)
                ?? throw new KeyNotFoundException($"The {kind.Name} model has no version {version}.");
            var challenger = ModelFile.Load(kind, record.Path);
            if (!force)
            {
                var holdout = Holdout(kind);
                var challengerF1 = HoldoutScore.Measure(challenger, holdout).MacroF1;
                var championF1 = HoldoutScore.Measure(serving.For(kind).Current, holdout).MacroF1;
                if (challengerF1 < championF1)
                {
                    throw new PromotionRefusedException(
                        $"{kind.Name} {version} scores macro-F1 {challengerF1:F4} on the held-out split, worse than the serving " +
                        $"{serving.For(kind).Current.Card.Version} at {championF1:F4}; promote with force to override.");
                }
            }

            record.PromotedAt = time.GetUtcNow();
            record.RolledBackAt = null;
            record.ForcedPromotion = force;
            record.Decision = decision;
            await db.SaveChangesAsync(ct);
            serving.For(kind).Use(challenger);
            logger.LogInformation("Promoted {Model} {Version}{Forced}", kind.Name, version, force ? " (forced)" : "");
            return record;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Retires the serving version; the one promoted before it serves again, or the shipped model when there is none.</summary>
    public async Task<LoadedClassifier> RollbackAsync(ClassifierKind kind, CancellationToken ct)
    {
        await changes.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var versions = await db.ModelVersions.Where(v => v.Model == kind.Name).ToListAsync(ct);
            var active = Active(versions)
                ?? throw new PromotionRefusedException($"The {kind.Name} model serves its shipped version; there is nothing to roll back.");
            active.RolledBackAt = time.GetUtcNow();
            var previous = Active(versions.Where(v => v != active));
            var restored = previous is null ? serving.Shipped(kind) : ModelFile.Load(kind, previous.Path);
            await db.SaveChangesAsync(ct);
            serving.For(kind).Use(restored);
            logger.LogInformation("Rolled back {Model} {Version}; {Restored} serves", kind.Name, active.Version, restored.Card.Version);
            return restored;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>At start: each model's promoted version serves, if it has one.</summary>
    public async Task LoadActiveAsync(CancellationToken ct)
    {
        foreach (var kind in ClassifierKind.All)
        {
            if (Active(await VersionsAsync(kind, ct)) is { } active)
            {
                serving.For(kind).Use(ModelFile.Load(kind, active.Path));
                logger.LogInformation("{Model} serves promoted version {Version}", kind.Name, active.Version);
            }
        }
    }

    public void Dispose() => changes.Dispose();
}
