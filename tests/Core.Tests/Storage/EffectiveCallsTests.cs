using CallCoach.Core.Calls;
using CallCoach.Core.Screening;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Storage;

public sealed class EffectiveCallsTests
{
    private static readonly IntakeDecision LateHour = new(RecordingDecision.Analyze, "policy all: every call is analyzed",
        [new AnomalyFlag(AnomalyKind.OutsideWorkingHours, "outside working hours: started 2026-03-01 23:30 in UTC")]);

    private static async Task<Dictionary<string, Guid>> ThreeEffectiveCallsAsync(TestStore sqlite)
    {
        var metadata = new CallMetadata { RepId = "ann", TeamId = "east" };
        var calls = new Dictionary<string, Guid>
        {
            ["plain"] = await sqlite.Store.AddReceivedAsync("h1", "plain.vtt", "/a/h1.vtt", metadata, IntakeDecision.Unscreened, CancellationToken.None),
            ["flagged"] = await sqlite.Store.AddReceivedAsync("h2", "flagged.vtt", "/a/h2.vtt", metadata, LateHour, CancellationToken.None),
            ["cleared"] = await sqlite.Store.AddReceivedAsync("h3", "cleared.vtt", "/a/h3.vtt", metadata, LateHour, CancellationToken.None),
        };
        await using var db = await sqlite.Contexts.CreateDbContextAsync();
        // The rule found all three effective.
        await db.Calls.ExecuteUpdateAsync(set => set.SetProperty(c => c.Effective, true).SetProperty(c => c.Status, CallStatus.Analyzed));
        return calls;
    }

    private static async Task<List<string>> FileNamesAsync(TestStore sqlite, Func<IQueryable<CallRecord>, IQueryable<CallRecord>> filter)
    {
        await using var db = await sqlite.Contexts.CreateDbContextAsync();
        return await filter(db.Calls).OrderBy(c => c.FileName).Select(c => c.FileName).ToListAsync();
    }

    [Fact]
    public async Task AFlaggedEffectiveCallDoesNotCountUntilItsFlagsAreClearedThenItDoes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var sqlite = await TestStore.SqliteAsync(clock);
        var calls = await ThreeEffectiveCallsAsync(sqlite);
        Assert.True(await sqlite.Store.ClearAnomaliesAsync(calls["cleared"], "key:mgr", "checked with the rep", CancellationToken.None));

        Assert.Equal(["cleared.vtt", "plain.vtt"], await FileNamesAsync(sqlite, q => q.WhereCountedEffective()));
        Assert.Equal(["flagged.vtt"], await FileNamesAsync(sqlite, q => q.WhereNotCountedEffective()));
        Assert.Equal(["flagged.vtt"], await FileNamesAsync(sqlite, q => q.WhereAnomaliesPending()));
        Assert.Equal(["cleared.vtt"], await FileNamesAsync(sqlite, q => q.WhereAnomaliesCleared()));

        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await sqlite.Store.ClearAnomaliesAsync(calls["flagged"], "key:mgr", null, CancellationToken.None));

        Assert.Equal(["cleared.vtt", "flagged.vtt", "plain.vtt"], await FileNamesAsync(sqlite, q => q.WhereCountedEffective()));
        await using var db = await sqlite.Contexts.CreateDbContextAsync();
        var flagged = await db.Calls.SingleAsync(c => c.Id == calls["flagged"]);
        Assert.Equal((clock.GetUtcNow(), clock.GetUtcNow(), "key:mgr"), (flagged.AnomaliesClearedAt, flagged.AnomaliesChangedAt, flagged.AnomaliesClearedBy));
        Assert.True(flagged.CountedEffective);
        // The flags stay on record, with their reasons.
        Assert.Equal(LateHour.Flags, flagged.ReadAnomalyFlags());
    }

    [Fact]
    public async Task ClearingTwiceKeepsTheFirstClearingAndACallWithoutFlagsHasNothingToClear()
    {
        using var sqlite = await TestStore.SqliteAsync();
        var calls = await ThreeEffectiveCallsAsync(sqlite);
        Assert.True(await sqlite.Store.ClearAnomaliesAsync(calls["cleared"], "key:first", "first look", CancellationToken.None));

        Assert.False(await sqlite.Store.ClearAnomaliesAsync(calls["cleared"], "key:second", "second look", CancellationToken.None));
        Assert.False(await sqlite.Store.ClearAnomaliesAsync(calls["plain"], "key:first", null, CancellationToken.None));

        await using var db = await sqlite.Contexts.CreateDbContextAsync();
        var cleared = await db.Calls.SingleAsync(c => c.Id == calls["cleared"]);
        Assert.Equal(("key:first", "first look"), (cleared.AnomaliesClearedBy, cleared.AnomaliesClearNote));
        Assert.Null((await db.Calls.SingleAsync(c => c.Id == calls["plain"])).AnomaliesClearedAt);
    }

    [Fact]
    public async Task AMetadataOnlyCallIsStoredAsSuchAndNeverHandedBackForAnalysis()
    {
        using var sqlite = await TestStore.SqliteAsync();
        var id = await sqlite.Store.AddReceivedAsync("h1", "routine.wav", "/data/metadata-only/h1.wav", new CallMetadata { RepId = "ann" },
            new IntakeDecision(RecordingDecision.MetadataOnly, "policy metadata-only: stored with its metadata, the recording set aside unanalyzed", []),
            CancellationToken.None);

        var work = new CallCoach.Core.Work.CallWorkStore(sqlite.Contexts, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new CallCoach.Core.Work.WorkOptions()));
        Assert.Empty(await work.ListRunnableAsync([], 10, CancellationToken.None));
        await using var db = await sqlite.Contexts.CreateDbContextAsync();
        var call = await db.Calls.SingleAsync(c => c.Id == id);
        Assert.Equal((CallStatus.MetadataOnly, RecordingDecision.MetadataOnly), (call.Status, call.PolicyDecision));
        Assert.Null(call.CountedEffective);
    }
}
