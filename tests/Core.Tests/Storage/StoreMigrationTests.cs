using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Tests.Storage;

/// <summary>The start-up step on a new store of each provider, run by the classes at the end of this file.</summary>
public abstract class StoreMigrationTests
{
    /// <summary>A store with no schema yet.</summary>
    internal abstract Task<TestStore> CreateEmptyStoreAsync();

    [Fact]
    public async Task ANewStoreGetsEveryMigrationAndTheNextStartHasNothingToDo()
    {
        using var store = await CreateEmptyStoreAsync();

        await store.StartAsync();
        await store.StartAsync();

        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Calls.CountAsync());
    }

    [Fact]
    public async Task ThreeStartsAtOnceOnANewStoreMigrateItOnce()
    {
        using var store = await CreateEmptyStoreAsync();

        // Microsoft.Data.Sqlite's async calls complete synchronously, so each start gets a thread of its own.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(store.StartAsync))).WaitAsync(TimeSpan.FromMinutes(2));

        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}

public sealed class SqliteStoreMigrationTests : StoreMigrationTests
{
    internal override Task<TestStore> CreateEmptyStoreAsync() => Task.FromResult(TestStore.EmptySqlite());

    [Fact]
    public async Task AMigrationLockLeftByAKilledProcessDoesNotHoldUpTheNextStart()
    {
        using var store = TestStore.EmptySqlite();
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            // EF's lock row on SQLite, as a process killed in the middle of migrating leaves it.
            await db.Database.ExecuteSqlRawAsync(
                """CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL); INSERT INTO "__EFMigrationsLock" VALUES (1, '2026-11-01 00:00:00+00:00');""");
        }

        await store.StartAsync().WaitAsync(TimeSpan.FromMinutes(1));

        await using var migrated = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(migrated.Database.GetMigrations(), await migrated.Database.GetAppliedMigrationsAsync());
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreMigrationTests(PostgresServer server) : StoreMigrationTests
{
    internal override Task<TestStore> CreateEmptyStoreAsync() => TestStore.EmptyPostgresAsync(server);
}
