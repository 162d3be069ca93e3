using System.Text.Json;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Privacy;
using CallCoach.Core.Storage;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Storage;

/// <summary>The store's operations, run against each provider by the classes at the end of this file.</summary>
public abstract class CallStoreTests
{
    internal abstract Task<TestStore> CreateStoreAsync(TimeProvider? time = null);

    private static readonly CallMetadata Metadata = new()
    {
        RepId = "rep-7",
        RepName = "Sarah",
        CustomerTier = CustomerTier.B,
        InteractionNumber = 2,
        StartedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)),
    };

    internal static readonly TranscriptSegment[] Segments =
    [
        new(Speaker.Rep, 0.5, 2.0, "we offer a trial period",
            [new("we", 0.5, 0.7), new("offer", 0.7, 1.0), new("a", 1.0, 1.1), new("trial", 1.1, 1.5), new("period", 1.5, 2.0)]),
        new(Speaker.Customer, 2.5, 3.5, "what is the price", [new("what", 2.5, 2.8), new("is", 2.8, 2.9), new("the", 2.9, 3.0), new("price", 3.0, 3.5)]),
    ];

    private static readonly ScriptCompliance Compliance = new(
        SuccessCase: false,
        RoiLogic: true,
        DiscoveryQuestion: true,
        BudgetQuestion: false,
        DecisionChain: false,
        NextStep: false,
        new Dictionary<string, IReadOnlyList<int>>
        {
            ["successCase"] = [],
            ["roiLogic"] = [0],
            ["discoveryQuestion"] = [0],
            ["budgetQuestion"] = [],
            ["decisionChain"] = [],
            ["nextStep"] = [],
        });

    private static readonly ConversationMetrics Metrics = new(
        RepTalkRatio: 0.6,
        LongestRepMonologueSeconds: 1.5,
        LongestCustomerStorySeconds: 1.0,
        RepQuestions: 0,
        SpeakerSwitchesPerMinute: 0.5,
        SilenceShare: 0.97,
        Interruptions: 0,
        RepWordsPerMinute: 200,
        RepWordsPerMinuteAfterObjections: null,
        new PriceNegotiation(2.5, "customer", 1, [1]));

    internal static readonly CallAnalysis Analysis = new(
        120.0,
        true,
        [new KeywordCount("trial period", 1), new KeywordCount("price", 1)],
        [new KeywordHit("trial period", "trial period", 0, 0.5), new KeywordHit("price", "price", 1, 2.5)],
        ["duration 120.0 s >= 90 s", "2 business keyword hits >= 1"],
        [new ObjectionFinding("price", 1, "what is the price", 0.81)],
        [new ActFinding("roi", 0, 0.92), new ActFinding("discovery_question", 0, 0.7)],
        Compliance,
        Metrics,
        [
            new AxisScore("needsDiscovery", 40, [new ScoreItem("discovery questions", 13.33, 40, [0]), new ScoreItem("budget question", 0, 25, [])]),
            new AxisScore("objectionHandling", null, []),
        ]);

    [Fact]
    public async Task ReceivedCallIsFoundByItsContentHashWithItsMetadata()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash-1", "call.wav", "/archive/hash-1.wav", Metadata, CancellationToken.None);

        Assert.Equal(new StoredCall(id, CallStatus.Received, "/archive/hash-1.wav") { Metadata = Metadata }, await store.Store.FindByHashAsync("hash-1", CancellationToken.None));
        Assert.Null(await store.Store.FindByHashAsync("hash-2", CancellationToken.None));

        await using var db = await store.Contexts.CreateDbContextAsync();
        var call = await db.Calls.SingleAsync();
        Assert.Equal(CallStatus.Received, call.Status);
        Assert.Equal("call.wav", call.FileName);
        Assert.Equal("/archive/hash-1.wav", call.ArchivePath);
        Assert.Equal(Metadata, call.ToMetadata());
    }

    [Fact]
    public async Task SecondCallWithTheSameHashIsRefusedByTheUniqueIndex()
    {
        using var store = await CreateStoreAsync();
        await store.Store.AddReceivedAsync("same", "a.wav", "/archive/same.wav", CallMetadata.None, CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateException>(
            () => store.Store.AddReceivedAsync("same", "b.wav", "/archive/same.wav", CallMetadata.None, CancellationToken.None));
    }

    [Fact]
    public async Task SavedAnalysisStoresSegmentsWordsAndHitsAndMarksTheCallAnalyzed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var store = await CreateStoreAsync(clock);
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);

        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var call = await db.Calls
            .Include(c => c.Segments).ThenInclude(s => s.Words)
            .Include(c => c.KeywordHits)
            .SingleAsync(c => c.Id == id);
        Assert.Equal(CallStatus.Analyzed, call.Status);
        Assert.Equal(120.0, call.DurationSeconds);
        Assert.True(call.Effective);
        Assert.Equal("duration 120.0 s >= 90 s\n2 business keyword hits >= 1", call.EffectiveReasons);
        Assert.Equal(clock.GetUtcNow(), call.AnalyzedAt);

        var segments = call.Segments.OrderBy(s => s.Index).ToList();
        Assert.Equal([0, 1], segments.Select(s => s.Index));
        Assert.Equal([Speaker.Rep, Speaker.Customer], segments.Select(s => s.Speaker));
        Assert.Equal("we offer a trial period", segments[0].Text);
        Assert.Equal(0.5, segments[0].Start);
        Assert.Equal(2.0, segments[0].End);
        Assert.Equal(["we", "offer", "a", "trial", "period"], segments[0].Words.OrderBy(w => w.Index).Select(w => w.Text));
        Assert.Equal(4, segments[1].Words.Count);

        Assert.Equal(
            [("price", 1, 2.5), ("trial period", 0, 0.5)],
            call.KeywordHits.OrderBy(h => h.Term, StringComparer.Ordinal).Select(h => (h.Term, h.SegmentIndex, h.Start)));
    }

    [Fact]
    public async Task SavingAnalysisTwiceReplacesTheFirstResultInsteadOfAddingToIt()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);
        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);

        var second = Analysis with { Effective = false, Hits = [new KeywordHit("price", "price", 0, 2.5)] };
        await store.Store.SaveAnalysisAsync(id, [Segments[1]], second, TranscriptRedaction.None, CancellationToken.None);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var segment = Assert.Single(await db.Segments.Include(s => s.Words).ToListAsync());
        Assert.Equal("what is the price", segment.Text);
        Assert.Equal(0, segment.Index);
        Assert.Equal(4, segment.Words.Count);
        Assert.Equal(4, await db.Set<WordRecord>().CountAsync());
        Assert.Equal("price", Assert.Single(await db.KeywordHits.ToListAsync()).Term);
        Assert.False((await db.Calls.SingleAsync()).Effective);
    }

    [Fact]
    public async Task RedactionSpansAndKeptOriginalsAreStoredAndASecondSaveReplacesThem()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);
        TranscriptSegment[] redacted = [Segments[0], Segments[1] with { Text = "call [PHONE]" }];
        var redaction = new TranscriptRedaction(
            [new RedactionSpan(PiiCategory.Phone, 1, 5, 11, 2.9, 3.4)],
            new Dictionary<int, string> { [1] = "call 13812345678" });

        await store.Store.SaveAnalysisAsync(id, redacted, Analysis, redaction, CancellationToken.None);

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            var span = Assert.Single(await db.RedactionSpans.ToListAsync());
            Assert.Equal((id, 1, PiiCategory.Phone, 5, 11, 2.9, 3.4), (span.CallId, span.SegmentIndex, span.Category, span.CharStart, span.CharLength, span.AudioStart, span.AudioEnd));
            var segments = await db.Segments.OrderBy(s => s.Index).ToListAsync();
            Assert.Equal([null, "call 13812345678"], segments.Select(s => s.OriginalText));
            Assert.Equal("call [PHONE]", segments[1].Text);
        }

        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);

        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            Assert.Empty(await db.RedactionSpans.ToListAsync());
            Assert.All(await db.Segments.ToListAsync(), s => Assert.Null(s.OriginalText));
        }
    }

    [Fact]
    public async Task SavedAnalysisStoresEachAxisScoreWithItsItemsAndReplacesThemOnASecondSave()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);
        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);
        await store.Store.SaveAnalysisAsync(id, Segments, Analysis with { AxisScores = [Analysis.AxisScores[0]] }, TranscriptRedaction.None, CancellationToken.None);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var stored = Assert.Single(await db.AxisScores.ToListAsync());
        Assert.Equal(("needsDiscovery", 40.0), (stored.Axis, stored.Score));
        var items = JsonSerializer.Deserialize(stored.ItemsJson, AnalysisJson.Default.IReadOnlyListScoreItem)!;
        Assert.Equal(["discovery questions", "budget question"], items.Select(i => i.Item));
        Assert.Equal([0], items[0].Segments);
    }

    [Fact]
    public async Task SavedAnalysisStoresObjectionsActsComplianceAndMetrics()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);

        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var call = await db.Calls.Include(c => c.Objections).Include(c => c.Acts).SingleAsync(c => c.Id == id);
        var objection = Assert.Single(call.Objections);
        Assert.Equal(("price", 1, "what is the price", 0.81), (objection.Type, objection.SegmentIndex, objection.Text, objection.Confidence));
        Assert.Equal(
            [("discovery_question", 0, 0.7), ("roi", 0, 0.92)],
            call.Acts.OrderBy(a => a.Type, StringComparer.Ordinal).Select(a => (a.Type, a.SegmentIndex, a.Confidence)));

        // Flagged is a column of its own, so a list of flagged calls needs no JSON; the JSON reads back whole.
        Assert.True(call.ComplianceFlagged);
        var compliance = JsonSerializer.Deserialize(call.ComplianceJson!, AnalysisJson.Default.ScriptCompliance)!;
        Assert.Equal(
            (Compliance.SuccessCase, Compliance.RoiLogic, Compliance.DiscoveryQuestion, Compliance.BudgetQuestion, Compliance.DecisionChain, Compliance.NextStep),
            (compliance.SuccessCase, compliance.RoiLogic, compliance.DiscoveryQuestion, compliance.BudgetQuestion, compliance.DecisionChain, compliance.NextStep));
        Assert.Equal(Compliance.Evidence.Keys, compliance.Evidence.Keys);
        Assert.All(Compliance.Evidence, item => Assert.Equal(item.Value, compliance.Evidence[item.Key]));
        Assert.Equal(Compliance.Missing, compliance.Missing);
        Assert.Contains("\"roiLogic\":[0]", call.ComplianceJson, StringComparison.Ordinal);

        var metrics = JsonSerializer.Deserialize(call.MetricsJson!, AnalysisJson.Default.ConversationMetrics)!;
        // The price part holds a list, which record equality compares by reference; it is checked field by field below.
        Assert.Equal(Metrics with { Price = metrics.Price }, metrics);
        Assert.Equal((2.5, "customer", 1), (metrics.Price.FirstMentionSeconds, metrics.Price.RaisedBy, metrics.Price.Exchanges));
        Assert.Equal([1], metrics.Price.SegmentIndexes);
        Assert.Contains("\"repWordsPerMinuteAfterObjections\":null", call.MetricsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnalysisAgainReplacesObjectionsActsComplianceAndMetrics()
    {
        using var store = await CreateStoreAsync();
        var id = await store.Store.AddReceivedAsync("hash", "call.wav", "/archive/hash.wav", Metadata, CancellationToken.None);
        await store.Store.SaveAnalysisAsync(id, Segments, Analysis, TranscriptRedaction.None, CancellationToken.None);

        var compliant = Compliance with { SuccessCase = true, Evidence = new Dictionary<string, IReadOnlyList<int>>(Compliance.Evidence) { ["successCase"] = [1] } };
        var second = Analysis with
        {
            Objections = [new ObjectionFinding("timing", 1, "not this quarter", 0.66)],
            Acts = [new ActFinding("success_case", 1, 0.88)],
            Compliance = compliant,
            Metrics = Metrics with { RepQuestions = 4 },
        };
        await store.Store.SaveAnalysisAsync(id, Segments, second, TranscriptRedaction.None, CancellationToken.None);

        await using var db = await store.Contexts.CreateDbContextAsync();
        var objection = await db.Objections.SingleAsync();
        Assert.Equal(("timing", "not this quarter"), (objection.Type, objection.Text));
        Assert.Equal("success_case", (await db.Acts.SingleAsync()).Type);
        var call = await db.Calls.SingleAsync();
        Assert.False(call.ComplianceFlagged);
        Assert.True(JsonSerializer.Deserialize(call.ComplianceJson!, AnalysisJson.Default.ScriptCompliance)!.SuccessCase);
        Assert.Equal(4, JsonSerializer.Deserialize(call.MetricsJson!, AnalysisJson.Default.ConversationMetrics)!.RepQuestions);
    }

    [Fact]
    public async Task SavingAnalysisForAnUnknownCallThrows()
    {
        using var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.Store.SaveAnalysisAsync(Guid.NewGuid(), Segments, Analysis, TranscriptRedaction.None, CancellationToken.None));
        Assert.Contains("not in the store", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteCallStoreTests : CallStoreTests
{
    internal override Task<TestStore> CreateStoreAsync(TimeProvider? time = null) => TestStore.SqliteAsync(time);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCallStoreTests(PostgresServer server) : CallStoreTests
{
    internal override Task<TestStore> CreateStoreAsync(TimeProvider? time = null) => TestStore.PostgresAsync(server, time);
}
