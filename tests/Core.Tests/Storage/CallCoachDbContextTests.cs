using CallCoach.Core.Calls;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Tests.Storage;

/// <summary>
/// Instants with different offsets compare and order by UTC in queries on both providers: SQLite stores UTC ticks,
/// PostgreSQL a timestamptz written as UTC, and the offset survives in its own column.
/// </summary>
public abstract class CallCoachDbContextTests
{
    internal abstract Task<TestStore> CreateStoreAsync();

    // Listed by wall-clock time; by instant the order is Shanghai (01:30Z), London (09:00Z), New York (14:00Z).
    private static readonly (string RepId, DateTimeOffset StartedAt)[] Calls =
    [
        ("london", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)),
        ("new-york", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5))),
        ("shanghai", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8))),
    ];

    private async Task<TestStore> StoreWithCallsAsync()
    {
        var store = await CreateStoreAsync();
        foreach (var (rep, startedAt) in Calls)
        {
            await store.Store.AddReceivedAsync(rep, $"{rep}.wav", $"/a/{rep}.wav", new CallMetadata { RepId = rep, StartedAt = startedAt }, CancellationToken.None);
        }

        return store;
    }

    [Fact]
    public async Task StartedAtWithDifferentOffsetsIsOrderedByInstantInAQuery()
    {
        using var store = await StoreWithCallsAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();

        var order = await db.Calls.OrderBy(c => c.StartedAt).Select(c => c.RepId).ToListAsync();

        Assert.Equal(["shanghai", "london", "new-york"], order);
    }

    [Fact]
    public async Task StartedAtWithDifferentOffsetsIsFilteredByInstantInAQuery()
    {
        using var store = await StoreWithCallsAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();

        // 08:00 UTC, written in UTC+2: only London (09:00Z) and New York (14:00Z) started later.
        var from = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var later = await db.Calls.Where(c => c.StartedAt >= from).Select(c => c.RepId).ToListAsync();

        Assert.Equal(["london", "new-york"], later.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartedAtRoundTripsWithItsOffset()
    {
        using var store = await StoreWithCallsAsync();
        await using var db = await store.Contexts.CreateDbContextAsync();

        var shanghai = await db.Calls.SingleAsync(c => c.RepId == "shanghai");

        Assert.Equal(Calls[2].StartedAt, shanghai.StartedAt);
        Assert.Equal(TimeSpan.FromHours(8), shanghai.ToMetadata().StartedAt!.Value.Offset);
    }
}

public sealed class SqliteCallCoachDbContextTests : CallCoachDbContextTests
{
    internal override Task<TestStore> CreateStoreAsync() => TestStore.SqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCallCoachDbContextTests(PostgresServer server) : CallCoachDbContextTests
{
    internal override Task<TestStore> CreateStoreAsync() => TestStore.PostgresAsync(server);
}
