using CallCoach.Core.Calls;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Tests.Storage;

/// <summary>SQLite stores made before migrations: schema by EnsureCreated, no __EFMigrationsHistory.</summary>
public sealed class PreMigrationStoreTests
{
    /// <summary>A store made as releases before migrations made it, with their plain SQLite options, holding one call.</summary>
    private static async Task<(TestStore Store, Guid CallId)> StoreMadeTheOldWayAsync(string alterations)
    {
        var store = TestStore.EmptySqlite();
        var options = new DbContextOptionsBuilder<CallCoachDbContext>().UseSqlite(store.ConnectionString).Options;
        await using (var old = new CallCoachDbContext(options))
        {
            await old.Database.EnsureCreatedAsync();
            await old.Database.ExecuteSqlRawAsync(alterations);
        }

        var id = await store.Store.AddReceivedAsync("hash-1", "call.vtt", "audio/call.vtt", CallMetadata.None, CancellationToken.None);
        return (store, id);
    }

    [Fact]
    public async Task AStoreFromBeforeMigrationsGetsWhatItLacksAndIsRecordedAtTheInitialMigrationKeepingItsCalls()
    {
        // What a store made before access control and redaction looks like.
        var (store, id) = await StoreMadeTheOldWayAsync(
            "DROP TABLE ApiKeys; DROP TABLE AuditEntries; DROP TABLE RedactionSpans; ALTER TABLE Segments DROP COLUMN OriginalText;");
        using var _ = store;

        IReadOnlyList<string> changes;
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            changes = await PreMigrationStore.BaselineAsync(db, CancellationToken.None);
        }

        var initial = Assert.Single(await MigrationsAsync(store, applied: true));
        Assert.EndsWith("_Initial", initial, StringComparison.Ordinal);
        Assert.Contains("created ApiKeys", changes);
        Assert.Contains("created AuditEntries", changes);
        Assert.Contains("created RedactionSpans", changes);
        Assert.Contains(changes, c => c.StartsWith("created IX_AuditEntries_", StringComparison.Ordinal));
        Assert.Contains("added column Segments.OriginalText", changes);
        Assert.Equal($"recorded migration {initial} as applied", changes[^1]);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.ApiKeys.CountAsync());
            Assert.Equal(id, Assert.Single(await db.Calls.ToListAsync()).Id);
            Assert.Empty(await db.Segments.Where(s => s.OriginalText != null).ToListAsync());
        }

        // The next start finds a migrated store: nothing to baseline, nothing to apply.
        await store.StartAsync();
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Empty(await PreMigrationStore.BaselineAsync(db, CancellationToken.None));
        }

        Assert.Equal([initial], await MigrationsAsync(store, applied: true));
    }

    [Fact]
    public async Task AStoreFromTheLastReleaseBeforeMigrationsStartsAndServesItsCalls()
    {
        var (store, id) = await StoreMadeTheOldWayAsync("SELECT 1;");
        using var _ = store;

        await store.StartAsync();

        Assert.Equal(await MigrationsAsync(store, applied: false), await MigrationsAsync(store, applied: true));
        Assert.Equal(new StoredCall(id, CallStatus.Received, "audio/call.vtt"), await store.Store.FindByHashAsync("hash-1", CancellationToken.None));
    }

    [Fact]
    public async Task AMissingColumnThatNeedsAValueStopsTheStartWithItsNameAndChangesNothing()
    {
        var (store, _) = await StoreMadeTheOldWayAsync("DROP TABLE ApiKeys; CREATE TABLE ApiKeys (Id TEXT NOT NULL PRIMARY KEY);");
        using var _ = store;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(store.StartAsync);

        Assert.Contains("ApiKeys.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await MigrationsAsync(store, applied: true));
    }

    private static async Task<List<string>> MigrationsAsync(TestStore store, bool applied)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return [.. applied ? await db.Database.GetAppliedMigrationsAsync() : db.Database.GetMigrations()];
    }
}
