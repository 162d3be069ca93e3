using System.Security.Cryptography;
using CallCoach.Core.Screening;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Screening;

namespace CallCoach.Ingest.Tests.Intake;

public sealed class RecordingPolicyIntakeTests(SpeechClip clip) : IClassFixture<SpeechClip>
{
    private static readonly RecordingPolicyOptions MetadataOnly = new() { Mode = "metadata-only" };

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task AMetadataOnlyCallIsRecordedWithItsReasonAndItsRecordingKeptAsideNotQueuedOrResumed()
    {
        using var harness = await IntakeHarness.CreateAsync(policy: MetadataOnly);
        var bytes = await File.ReadAllBytesAsync(clip.Path);
        var inbox = await harness.CopyToInboxAsync(clip.Path, "routine.wav");
        await File.WriteAllTextAsync(harness.InInbox("routine.json"), """{ "repId": "ann", "customerTier": "B", "interactionNumber": 4 }""");

        var result = await harness.AcceptAsync(inbox);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.True(result.MetadataOnly);
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(result.CallId, call.Id);
        Assert.Equal((CallStatus.MetadataOnly, RecordingDecision.MetadataOnly), (call.Status, call.PolicyDecision));
        Assert.Equal("policy metadata-only: stored with its metadata, the recording set aside unanalyzed", call.PolicyReason);
        Assert.Equal(("ann", 4), (call.RepId, call.InteractionNumber));
        Assert.Null(call.Effective);

        // Not deleted and not in the archive the pipeline reads: kept, byte for byte, with its sidecar, where the row says.
        Assert.False(File.Exists(inbox));
        var kept = Path.Combine(harness.Data.MetadataOnly, Sha256(bytes) + ".wav");
        Assert.Equal(kept, call.ArchivePath);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(kept));
        Assert.True(File.Exists(Path.ChangeExtension(kept, ".json")));
        Assert.False(Directory.Exists(harness.Data.Archive) && Directory.EnumerateFiles(harness.Data.Archive).Any());

        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
        Assert.False(harness.Channels.ToAnalyze.Reader.TryRead(out _));
        Assert.Empty(await harness.Work.ListRunnableAsync([], 10, CancellationToken.None));
    }

    [Fact]
    public async Task AHighValueCustomersCallIsArchivedAndQueuedEvenUnderMetadataOnly()
    {
        using var harness = await IntakeHarness.CreateAsync(policy: MetadataOnly);
        var inbox = await harness.CopyToInboxAsync(clip.Path, "key-account.wav");
        await File.WriteAllTextAsync(harness.InInbox("key-account.json"), """{ "repId": "ann", "customerTier": "A", "interactionNumber": 3 }""");

        var result = await harness.AcceptAsync(inbox);

        Assert.False(result.MetadataOnly);
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal((CallStatus.Received, RecordingDecision.Analyze), (call.Status, call.PolicyDecision));
        Assert.StartsWith("high-value customer", call.PolicyReason, StringComparison.Ordinal);
        Assert.StartsWith(harness.Data.Archive, call.ArchivePath, StringComparison.Ordinal);
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(call.Id, queued.CallId);
    }

    [Fact]
    public async Task AMetadataOnlyRecordingDeliveredAgainIsADuplicateAndBothCopiesAreKept()
    {
        using var harness = await IntakeHarness.CreateAsync(policy: MetadataOnly);
        var first = await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "routine.wav"));

        var again = await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "routine (again).wav"));

        Assert.Equal(IntakeOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.CallId, again.CallId);
        Assert.True(File.Exists(Assert.Single(await harness.CallsAsync()).ArchivePath));
        Assert.True(File.Exists(Path.Combine(harness.Duplicates, "routine (again).wav")));
    }

    [Fact]
    public async Task EveryAcceptedCallSaysWhichPolicyDecidedIt()
    {
        using var harness = await IntakeHarness.CreateAsync();

        await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "call.wav"));

        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal((RecordingDecision.Analyze, "policy all: every call is analyzed"), (call.PolicyDecision, call.PolicyReason));
    }
}
