using CallCoach.Core.Calls;
using CallCoach.Core.Screening;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Tests.Storage;

public sealed class SqliteSchemaUpgradeTests
{
    [Fact]
    public async Task AStoreFromAnEarlierReleaseGetsTheNewTablesIndexesAndNullableColumnsAndKeepsItsCalls()
    {
        using var store = await SqliteStore.CreateAsync();
        var id = await store.Store.AddReceivedAsync("hash-1", "call.vtt", "audio/call.vtt", CallMetadata.None, CancellationToken.None);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            // What a store made before access control and redaction looks like.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE ApiKeys; DROP TABLE AuditEntries; DROP TABLE RedactionSpans; ALTER TABLE Segments DROP COLUMN OriginalText;");
        }

        IReadOnlyList<string> added;
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            added = await SqliteSchemaUpgrade.ApplyAsync(db, CancellationToken.None);
        }

        Assert.Contains("created ApiKeys", added);
        Assert.Contains("created AuditEntries", added);
        Assert.Contains("created RedactionSpans", added);
        Assert.Contains(added, a => a.StartsWith("created IX_AuditEntries_", StringComparison.Ordinal));
        Assert.Contains("added column Segments.OriginalText", added);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.ApiKeys.CountAsync());
            Assert.Equal(id, Assert.Single(await db.Calls.ToListAsync()).Id);
            Assert.Empty(await db.Segments.Where(s => s.OriginalText != null).ToListAsync());
        }

        // Run again, nothing is left to add.
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Empty(await SqliteSchemaUpgrade.ApplyAsync(db, CancellationToken.None));
        }
    }

    [Fact]
    public async Task CallsFromBeforeTheRecordingPolicyGetItsColumnsAndSayEveryCallWasAnalyzed()
    {
        using var store = await SqliteStore.CreateAsync();
        var id = await store.Store.AddReceivedAsync("hash-1", "call.vtt", "audio/call.vtt", CallMetadata.None, CancellationToken.None);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            // The Calls table as the release before the recording policy and anomaly flags made it.
            await db.Database.ExecuteSqlRawAsync(
                "DROP INDEX IX_Calls_TeamId_AnomaliesChangedAt; DROP INDEX IX_Calls_RepId_ReceivedAt; " +
                "ALTER TABLE Calls DROP COLUMN PolicyDecision; ALTER TABLE Calls DROP COLUMN PolicyReason; " +
                "ALTER TABLE Calls DROP COLUMN AnomalyFlags; ALTER TABLE Calls DROP COLUMN AnomalyReasons; " +
                "ALTER TABLE Calls DROP COLUMN AnomaliesChangedAt; ALTER TABLE Calls DROP COLUMN AnomaliesClearedAt; " +
                "ALTER TABLE Calls DROP COLUMN AnomaliesClearedBy; ALTER TABLE Calls DROP COLUMN AnomaliesClearNote;");
        }

        IReadOnlyList<string> added;
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            added = await SqliteSchemaUpgrade.ApplyAsync(db, CancellationToken.None);
        }

        Assert.Contains("added column Calls.PolicyDecision", added);
        Assert.Contains("added column Calls.PolicyReason", added);
        Assert.Contains("added column Calls.AnomalyFlags", added);
        Assert.Contains("added column Calls.AnomaliesClearedBy", added);
        Assert.Contains("created IX_Calls_RepId_ReceivedAt", added);
        Assert.Contains("created IX_Calls_TeamId_AnomaliesChangedAt", added);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            var call = Assert.Single(await db.Calls.ToListAsync());
            Assert.Equal(id, call.Id);
            Assert.Equal(RecordingDecision.Analyze, call.PolicyDecision);
            Assert.Equal(SqliteSchemaUpgrade.EarlierReleasePolicyReason, call.PolicyReason);
            Assert.False(call.AnomaliesPending);
        }

        // A call stored after the upgrade is written as any other.
        var later = await store.Store.AddReceivedAsync("hash-2", "later.vtt", "audio/later.vtt", CallMetadata.None,
            new IntakeDecision(RecordingDecision.MetadataOnly, "policy metadata-only", []), CancellationToken.None);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(RecordingDecision.MetadataOnly, (await db.Calls.SingleAsync(c => c.Id == later)).PolicyDecision);
            Assert.Empty(await SqliteSchemaUpgrade.ApplyAsync(db, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AMissingColumnThatNeedsAValueStopsTheUpgradeWithItsName()
    {
        using var store = await SqliteStore.CreateAsync();
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE ApiKeys; CREATE TABLE ApiKeys (Id TEXT NOT NULL PRIMARY KEY);");
        }

        await using var again = await store.Contexts.CreateDbContextAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteSchemaUpgrade.ApplyAsync(again, CancellationToken.None));

        Assert.Contains("ApiKeys.", refused.Message, StringComparison.Ordinal);
    }
}
