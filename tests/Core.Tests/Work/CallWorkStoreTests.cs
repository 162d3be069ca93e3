using CallCoach.Core.Calls;
using CallCoach.Core.Privacy;
using CallCoach.Core.Storage;
using CallCoach.Core.Tests.Storage;
using CallCoach.Core.Work;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Work;

/// <summary>The state machine's guarded writes, run against each provider by the classes at the end of this file.</summary>
public abstract class CallWorkStoreTests
{
    internal abstract Task<TestStore> CreateStoreAsync(TimeProvider time);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private CallWorkStore Instance(TestStore store, string name, int maxAttempts = 5) =>
        new(store.Contexts, clock, Options.Create(new WorkOptions
        {
            InstanceName = name,
            LeaseDuration = TimeSpan.FromMinutes(2),
            MaxAttempts = maxAttempts,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            RetryMaxDelay = TimeSpan.FromSeconds(25),
        }));

    private CallStore StoreOf(TestStore store, string name) =>
        new(store.Contexts, clock, Options.Create(new WorkOptions { InstanceName = name }));

    private Task<Guid> ReceiveAsync(TestStore store, string hash)
    {
        // Ids are version-7 GUIDs from the store's clock; moving it keeps the calls' order certain.
        clock.Advance(TimeSpan.FromMilliseconds(1));
        return store.Store.AddReceivedAsync(hash, $"{hash}.wav", $"/archive/{hash}.wav", CallMetadata.None, CancellationToken.None);
    }

    private static async Task<CallRecord> CallAsync(TestStore store, Guid id)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.Calls.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    [Fact]
    public async Task ALeasedCallIsKeptFromOtherInstancesUntilTheLeaseRunsOut()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a");
        var b = Instance(store, "b");
        var id = await ReceiveAsync(store, "h1");

        Assert.True(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
        Assert.False(await b.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await a.RenewAsync(id, CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.False(await b.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));

        // a stopped renewing (it crashed): once the lease has run out, b takes the call and a cannot renew it back.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await b.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
        Assert.False(await a.RenewAsync(id, CancellationToken.None));
        Assert.False(await a.SaveTranscriptAsync(id, 3.5, CallStoreTests.Segments, CancellationToken.None));
        Assert.Equal("b", (await CallAsync(store, id)).LeaseOwner);
    }

    [Fact]
    public async Task ACallInAnotherStateCannotBeClaimedForThisOne()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a");
        var id = await ReceiveAsync(store, "h1");

        Assert.False(await a.TryClaimAsync(id, CallStatus.Transcribed, null, CancellationToken.None));
        Assert.True(await a.TryClaimAsync(id, CallStatus.Transcribed, CallStatus.Received, CancellationToken.None));
    }

    [Fact]
    public async Task TheTranscriptWaitsInTheStoreUntilTheCallIsAnalyzedOnce()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a");
        var id = await ReceiveAsync(store, "h1");
        Assert.True(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));

        Assert.True(await a.SaveTranscriptAsync(id, 3.5, CallStoreTests.Segments, CancellationToken.None));

        var transcribed = await CallAsync(store, id);
        Assert.Equal(CallStatus.Transcribed, transcribed.Status);
        Assert.Null(transcribed.LeaseOwner);
        Assert.True(await a.TryClaimAsync(id, CallStatus.Transcribed, CallStatus.Received, CancellationToken.None));
        var kept = await a.LoadTranscriptAsync(id, CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal(3.5, kept.Value.DurationSeconds);
        Assert.Equal(CallStoreTests.Segments.Select(s => (s.Speaker, s.Start, s.End, s.Text)), kept.Value.Segments.Select(s => (s.Speaker, s.Start, s.End, s.Text)));
        Assert.Equal(CallStoreTests.Segments[0].Words, kept.Value.Segments[0].Words);

        var calls = StoreOf(store, "a");
        Assert.True(await calls.SaveAnalysisAsync(id, CallStoreTests.Segments, CallStoreTests.Analysis, TranscriptRedaction.None, CancellationToken.None, leased: true));
        // Queued twice (a duplicate message, a resumed call): the second result is not stored.
        Assert.False(await calls.SaveAnalysisAsync(id, CallStoreTests.Segments, CallStoreTests.Analysis, TranscriptRedaction.None, CancellationToken.None, leased: true));

        Assert.Null(await a.LoadTranscriptAsync(id, CancellationToken.None));
        var analyzed = await CallAsync(store, id);
        Assert.Equal(CallStatus.Analyzed, analyzed.Status);
        Assert.Null(analyzed.LeaseOwner);
        await using var db = await store.Contexts.CreateDbContextAsync();
        var history = await db.CallTransitions.Where(t => t.CallId == id).OrderBy(t => t.Id).Select(t => new { t.From, t.To, t.Instance }).ToListAsync();
        Assert.Equal(
            [(null, CallStatus.Received), (CallStatus.Received, CallStatus.Transcribed), (CallStatus.Transcribed, CallStatus.Analyzed)],
            history.Select(h => (h.From, h.To)));
        Assert.All(history.Skip(1), h => Assert.Equal("a", h.Instance));
    }

    [Fact]
    public async Task AnInstanceWithoutTheLeaseCannotStoreTheAnalysis()
    {
        using var store = await CreateStoreAsync(clock);
        var id = await ReceiveAsync(store, "h1");
        Assert.True(await Instance(store, "a").TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));

        Assert.False(await StoreOf(store, "b").SaveAnalysisAsync(id, CallStoreTests.Segments, CallStoreTests.Analysis, TranscriptRedaction.None, CancellationToken.None, leased: true));
        Assert.Equal(CallStatus.Received, (await CallAsync(store, id)).Status);
    }

    [Fact]
    public async Task AFailedCallIsRetriedAfterADoublingBackOffAndParkedAfterItsLastAttempt()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a", maxAttempts: 3);
        var id = await ReceiveAsync(store, "h1");

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.True(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
            Assert.Equal(CallStatus.Failed, await a.RecordFailureAsync(id, $"boom {attempt}", permanent: false, CancellationToken.None));
            var failed = await CallAsync(store, id);
            Assert.Equal(attempt, failed.Attempts);
            Assert.Equal($"boom {attempt}", failed.FailureReason);
            Assert.Null(failed.LeaseOwner);
            waits.Add(failed.NextAttemptAt!.Value - clock.GetUtcNow());

            // Not before its time, and not claimable meanwhile.
            Assert.Equal(0, await a.ReviveDueAsync(CancellationToken.None));
            Assert.False(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
            clock.Advance(waits[^1]);
            Assert.Equal(1, await a.ReviveDueAsync(CancellationToken.None));
            Assert.Equal(CallStatus.Received, (await CallAsync(store, id)).Status);
        }

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)], waits);
        Assert.True(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
        Assert.Equal(CallStatus.Parked, await a.RecordFailureAsync(id, "boom 3", permanent: false, CancellationToken.None));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await a.ReviveDueAsync(CancellationToken.None));
        var parked = Assert.Single(await a.ListParkedAsync(0, 10, CancellationToken.None));
        Assert.Equal((id, 3, "boom 3", (DateTimeOffset?)null), (parked.Id, parked.Attempts, parked.FailureReason, parked.NextAttemptAt));
    }

    [Fact]
    public async Task TheBackOffStopsGrowingAtItsCeiling()
    {
        var options = new WorkOptions { RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromSeconds(25) };

        Assert.Equal([10, 20, 25, 25], new[] { 1, 2, 3, 60 }.Select(n => options.RetryDelay(n).TotalSeconds));
    }

    [Fact]
    public async Task AParkedCallQueuedAgainGoesBackToTheStateItFailedFromWithItsAttemptsCountedAfresh()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a");
        var id = await ReceiveAsync(store, "h1");
        Assert.True(await a.TryClaimAsync(id, CallStatus.Received, null, CancellationToken.None));
        Assert.True(await a.SaveTranscriptAsync(id, 3.5, CallStoreTests.Segments, CancellationToken.None));
        Assert.True(await a.TryClaimAsync(id, CallStatus.Transcribed, null, CancellationToken.None));
        Assert.Equal(CallStatus.Parked, await a.RecordFailureAsync(id, "the analyzer broke", permanent: true, CancellationToken.None));

        Assert.True(await a.RequeueAsync(id, "admin-key", CancellationToken.None));
        Assert.False(await a.RequeueAsync(id, "admin-key", CancellationToken.None));

        var call = await CallAsync(store, id);
        Assert.Equal((CallStatus.Transcribed, 0), (call.Status, call.Attempts));
        // Its transcript was kept, so it goes on to analysis without being decoded again.
        Assert.NotNull(await a.LoadTranscriptAsync(id, CancellationToken.None));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var last = await db.CallTransitions.Where(t => t.CallId == id).OrderBy(t => t.Id).LastAsync();
        Assert.Equal((CallStatus.Parked, CallStatus.Transcribed, "queued again by admin-key"), (last.From, last.To, last.Reason));
    }

    [Fact]
    public async Task RunnableCallsAreThoseWithNoLiveLeaseThatThisProcessHasNotQueuedYet()
    {
        using var store = await CreateStoreAsync(clock);
        var a = Instance(store, "a");
        var b = Instance(store, "b");
        var free = await ReceiveAsync(store, "h1");
        var heldByB = await ReceiveAsync(store, "h2");
        var queuedHere = await ReceiveAsync(store, "h3");
        var analyzed = await ReceiveAsync(store, "h4");
        Assert.True(await b.TryClaimAsync(heldByB, CallStatus.Received, null, CancellationToken.None));
        await store.Store.SaveAnalysisAsync(analyzed, CallStoreTests.Segments, CallStoreTests.Analysis, TranscriptRedaction.None, CancellationToken.None);

        var runnable = await a.ListRunnableAsync([queuedHere], 10, CancellationToken.None);
        Assert.Equal([free], runnable.Select(c => c.Id));

        clock.Advance(TimeSpan.FromMinutes(3));
        runnable = await a.ListRunnableAsync([queuedHere], 10, CancellationToken.None);
        Assert.Equal([free, heldByB], runnable.Select(c => c.Id));
    }

    [Fact]
    public async Task AtStartAnInstanceTakesBackOnlyTheLeasesHeldUnderItsOwnName()
    {
        using var store = await CreateStoreAsync(clock);
        var mine = await ReceiveAsync(store, "h1");
        var theirs = await ReceiveAsync(store, "h2");
        Assert.True(await Instance(store, "a").TryClaimAsync(mine, CallStatus.Received, null, CancellationToken.None));
        Assert.True(await Instance(store, "b").TryClaimAsync(theirs, CallStatus.Received, null, CancellationToken.None));

        var restarted = Instance(store, "a");
        Assert.Equal(1, await restarted.ReleaseLeasesOfEarlierRunAsync(CancellationToken.None));

        Assert.Null((await CallAsync(store, mine)).LeaseOwner);
        Assert.Equal("b", (await CallAsync(store, theirs)).LeaseOwner);
    }
}

public sealed class SqliteCallWorkStoreTests : CallWorkStoreTests
{
    internal override Task<TestStore> CreateStoreAsync(TimeProvider time) => TestStore.SqliteAsync(time);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCallWorkStoreTests(PostgresServer server) : CallWorkStoreTests
{
    internal override Task<TestStore> CreateStoreAsync(TimeProvider time) => TestStore.PostgresAsync(server, time);
}
