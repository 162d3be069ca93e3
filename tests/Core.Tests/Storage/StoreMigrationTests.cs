using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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

    [Fact]
    public async Task InstancesStartingAtOnceOnANewDatabaseTakeTurnsAndNoneOfTheirCommandsCollide()
    {
        var connectionString = await server.CreateDatabaseAsync("concurrent_start");
        var logs = new CapturedLogs();
        using var loggers = new LoggerFactory([logs]);
        // Separate contexts and connection pools, as separate processes have; EF's own commands are what is watched.
        var starts = Enumerable.Range(0, 4).Select(_ =>
        {
            var options = new DbContextOptionsBuilder<CallCoachDbContext>()
                .UseCallCoachStore(StoreProvider.Postgres, connectionString)
                .UseLoggerFactory(loggers)
                .Options;
            var initializer = new DatabaseInitializer(new PooledDbContextFactory<CallCoachDbContext>(options), NullLogger<DatabaseInitializer>.Instance);
            return Task.Run(() => initializer.StartAsync(CancellationToken.None));
        });

        await Task.WhenAll(starts).WaitAsync(TimeSpan.FromMinutes(2));

        // EF's Npgsql provider learns that the history table is missing by reading it and logs that read as failed,
        // even for one start alone; any other failed command is a collision between the starts.
        var failed = logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal) && !line.Contains("FROM \"__EFMigrationsHistory\"", StringComparison.Ordinal));
        Assert.True(!failed.Any(), string.Join('\n', failed));
        await using var db = new CallCoachDbContext(new DbContextOptionsBuilder<CallCoachDbContext>().UseCallCoachStore(StoreProvider.Postgres, connectionString).Options);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}
