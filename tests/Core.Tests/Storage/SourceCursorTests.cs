using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Storage;

public sealed class SourceCursorTests
{
    private const string Source = "blob:devstoreaccount1/calls";

    [Fact]
    public async Task AnItemRecordedOnceIsKnownWithItsOutcomeAndOnlyInThatVersionAndSource()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var store = await TestStore.SqliteAsync(clock);
        var cursor = new SourceCursor(store.Contexts, clock);
        var call = Guid.NewGuid();

        await cursor.RecordAsync(Source, "calls/a.wav", "0x1", SourceItemState.Taken, call, null, CancellationToken.None);
        await cursor.RecordAsync(Source, "calls/b.wav", "0x2", SourceItemState.Quarantined, null, "truncated WAV", CancellationToken.None);

        var known = await cursor.KnownAsync(Source, [("calls/a.wav", "0x1"), ("calls/a.wav", "0x9"), ("calls/b.wav", "0x2"), ("calls/c.wav", "0x3")], CancellationToken.None);
        Assert.Equal([("calls/a.wav", "0x1"), ("calls/b.wav", "0x2")], known.Order());
        Assert.Empty(await cursor.KnownAsync("blob:other/calls", [("calls/a.wav", "0x1")], CancellationToken.None));

        var items = await cursor.ListAsync(Source, CancellationToken.None);
        Assert.Equal([SourceItemState.Taken, SourceItemState.Quarantined], items.Select(i => i.State));
        Assert.Equal(call, items[0].CallId);
        Assert.Equal("truncated WAV", items[1].Reason);
        Assert.All(items, i => Assert.Equal(clock.GetUtcNow(), i.At));
    }

    [Fact]
    public async Task TheSameVersionOfAnItemCannotBeRecordedTwice()
    {
        using var store = await TestStore.SqliteAsync();
        var cursor = new SourceCursor(store.Contexts, TimeProvider.System);
        await cursor.RecordAsync(Source, "a.wav", "0x1", SourceItemState.Taken, Guid.NewGuid(), null, CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateException>(() => cursor.RecordAsync(Source, "a.wav", "0x1", SourceItemState.Duplicate, null, "again", CancellationToken.None));

        Assert.Single(await cursor.ListAsync(Source, CancellationToken.None));
    }
}
