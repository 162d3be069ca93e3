using CallCoach.Core.Calls;
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
            // What a store made before access control, redaction and the blob source looks like.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE ApiKeys; DROP TABLE AuditEntries; DROP TABLE RedactionSpans; DROP TABLE SourceItems; ALTER TABLE Segments DROP COLUMN OriginalText;");
        }

        IReadOnlyList<string> added;
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            added = await SqliteSchemaUpgrade.ApplyAsync(db, CancellationToken.None);
        }

        Assert.Contains("created ApiKeys", added);
        Assert.Contains("created AuditEntries", added);
        Assert.Contains("created RedactionSpans", added);
        Assert.Contains("created SourceItems", added);
        Assert.Contains("created IX_SourceItems_Source_Name_Version", added);
        Assert.Contains(added, a => a.StartsWith("created IX_AuditEntries_", StringComparison.Ordinal));
        Assert.Contains("added column Segments.OriginalText", added);
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.ApiKeys.CountAsync());
            Assert.Equal(0, await db.SourceItems.CountAsync());
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
