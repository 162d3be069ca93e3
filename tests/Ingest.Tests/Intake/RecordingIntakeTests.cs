using System.Security.Cryptography;
using CallCoach.Core.Calls;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;

namespace CallCoach.Ingest.Tests.Intake;

public sealed class RecordingIntakeTests(SpeechClip clip) : IClassFixture<SpeechClip>
{
    private const string Vtt = """
        WEBVTT

        00:00:00.000 --> 00:00:04.000
        <v Sarah Lee>Our trial period is thirty days.

        00:00:04.500 --> 00:01:40.000
        <v Tom Becker>What is the price after that?
        """;

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task GoodWavIsArchivedByHashRecordedAndQueuedForTranscription()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(clip.Path);
        var inbox = await harness.CopyToInboxAsync(clip.Path, "Morning Call.WAV");

        var result = await harness.AcceptAsync(inbox);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.False(File.Exists(inbox));
        var archive = Path.Combine(harness.Data.Archive, Sha256(bytes) + ".wav");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(archive));

        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(result.CallId, call.Id);
        Assert.Equal(CallStatus.Received, call.Status);
        Assert.Equal("Morning Call.WAV", call.FileName);
        Assert.Equal(archive, call.ArchivePath);
        Assert.Equal(Sha256(bytes), call.ContentHash);

        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(call.Id, queued.CallId);
        Assert.Equal("Morning Call.WAV", queued.FileName);
        Assert.Equal(SpeechClip.Seconds, queued.Audio.DurationSeconds);
        Assert.Equal([Speaker.Unknown], queued.ChannelSpeakers);
        Assert.False(harness.Channels.ToAnalyze.Reader.TryRead(out _));
    }

    [Fact]
    public async Task ARecordingWhoseCallWasParkedIsTakenAgainUnderTheSameCall()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var first = await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "call.wav"));
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out _));
        await harness.ParkAsync(first.CallId!.Value, "the recognizer crashed");

        var again = await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "call again.wav"));

        Assert.Equal(IntakeOutcome.Accepted, again.Outcome);
        Assert.Equal(first.CallId, again.CallId);
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(CallStatus.Received, call.Status);
        Assert.Null(call.FailureReason);
        Assert.Equal("call again.wav", call.FileName);
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(first.CallId, queued.CallId);
    }

    [Fact]
    public async Task SameContentAgainIsADuplicateOfTheFirstCallAndIsSetAside()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var first = await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "call.wav"));
        var again = await harness.CopyToInboxAsync(clip.Path, "call (copy).wav");

        var second = await harness.AcceptAsync(again);

        Assert.Equal(IntakeOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.CallId, second.CallId);
        Assert.Contains(first.CallId!.Value.ToString(), second.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(again));
        Assert.True(File.Exists(Path.Combine(harness.Duplicates, "call (copy).wav")));
        Assert.True(File.Exists(Path.Combine(harness.Duplicates, "call (copy).wav.reason.txt")));
        Assert.Single(await harness.CallsAsync());
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out _));
        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
    }

    [Fact]
    public async Task CorruptFileIsQuarantinedAndTheNextGoodFileIsStillAccepted()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(clip.Path);
        var corrupt = harness.InInbox("broken.wav");
        await File.WriteAllBytesAsync(corrupt, bytes[..^5000]);
        var good = await harness.CopyToInboxAsync(clip.Path, "good.wav");

        var bad = await harness.AcceptAsync(corrupt);
        var accepted = await harness.AcceptAsync(good);

        Assert.Equal(IntakeOutcome.Quarantined, bad.Outcome);
        Assert.Null(bad.CallId);
        Assert.StartsWith("truncated WAV", bad.Reason, StringComparison.Ordinal);
        var quarantined = Path.Combine(harness.Data.Quarantine, "broken.wav");
        Assert.True(File.Exists(quarantined));
        Assert.Contains(bad.Reason!, await File.ReadAllTextAsync(quarantined + ".reason.txt"), StringComparison.Ordinal);

        Assert.Equal(IntakeOutcome.Accepted, accepted.Outcome);
        Assert.Equal("good.wav", Assert.Single(await harness.CallsAsync()).FileName);
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(accepted.CallId, queued.CallId);
    }

    [Fact]
    public async Task TranscriptGoesStraightToAnalysis()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var vtt = harness.InInbox("teams.vtt");
        await File.WriteAllTextAsync(vtt, Vtt);

        var result = await harness.AcceptAsync(vtt);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out var call));
        Assert.Equal(result.CallId, call.CallId);
        Assert.Equal(100.0, call.DurationSeconds);
        Assert.Equal([Speaker.Rep, Speaker.Customer], call.Segments.Select(s => s.Speaker));
        Assert.Equal("Our trial period is thirty days.", call.Segments[0].Text);
        Assert.EndsWith(".vtt", Assert.Single(await harness.CallsAsync()).ArchivePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SidecarMetadataIsStoredAndTheSidecarIsArchivedBesideTheRecording()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var vtt = harness.InInbox("call.vtt");
        await File.WriteAllTextAsync(vtt, Vtt);
        await File.WriteAllTextAsync(harness.InInbox("call.json"), """{ "repName": "Tom Becker", "customerTier": "A", "startedAt": "2026-03-01T09:30:00+08:00" }""");

        await harness.AcceptAsync(vtt);

        var stored = Assert.Single(await harness.CallsAsync());
        Assert.Equal("Tom Becker", stored.RepName);
        Assert.Equal(CustomerTier.A, stored.CustomerTier);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)), stored.StartedAt);
        Assert.True(File.Exists(Path.ChangeExtension(stored.ArchivePath, ".json")));
        Assert.Empty(Directory.EnumerateFiles(harness.Data.Inbox));

        // The sidecar names the rep, so the second voice is the rep.
        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out var call));
        Assert.Equal([Speaker.Customer, Speaker.Rep], call.Segments.Select(s => s.Speaker));
        Assert.Equal("Tom Becker", call.Metadata.RepName);
    }

    [Fact]
    public async Task AnIntakeCutOffBetweenTheCallsRowAndTheArchiveIsFinishedWhenTheFileComesRoundAgain()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var vtt = harness.InInbox("call.vtt");
        await File.WriteAllTextAsync(vtt, Vtt);
        await File.WriteAllTextAsync(harness.InInbox("call.json"), """{ "repName": "Tom Becker" }""");
        var first = await harness.AcceptAsync(vtt);
        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out _));
        harness.InFlight.Remove(first.CallId!.Value);

        // As if the process died after the row and the sidecar's move, before the recording's: it is still in the inbox.
        var archived = Assert.Single(await harness.CallsAsync()).ArchivePath;
        File.Move(archived, vtt);

        var again = await harness.AcceptAsync(vtt);

        Assert.Equal((IntakeOutcome.Accepted, first.CallId), (again.Outcome, again.CallId));
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(CallStatus.Received, call.Status);
        Assert.True(File.Exists(archived));
        Assert.Empty(Directory.EnumerateFiles(harness.Data.Inbox));
        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out var queued));
        // The metadata came from the sidecar the first attempt had archived.
        Assert.Equal("Tom Becker", queued.Metadata.RepName);
    }

    [Fact]
    public async Task ACallAlreadyOnItsWayIsNotQueuedTwice()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var vtt = harness.InInbox("call.vtt");
        await File.WriteAllTextAsync(vtt, Vtt);
        var first = await harness.AcceptAsync(vtt);
        var archived = Assert.Single(await harness.CallsAsync()).ArchivePath;
        File.Move(archived, vtt);

        // Still in this process's channel (no worker has finished it), so finishing the archive does not queue it again.
        await harness.AcceptAsync(vtt);

        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out var queued));
        Assert.Equal(first.CallId, queued.CallId);
        Assert.False(harness.Channels.ToAnalyze.Reader.TryRead(out _));
    }

    [Fact]
    public async Task RecordingWithABadSidecarIsQuarantinedTogetherWithItsSidecar()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var wav = await harness.CopyToInboxAsync(clip.Path, "call.wav");
        await File.WriteAllTextAsync(harness.InInbox("call.json"), """{ "customerTier": "D" }""");

        var result = await harness.AcceptAsync(wav);

        Assert.Equal(IntakeOutcome.Quarantined, result.Outcome);
        Assert.Contains("customerTier", result.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(harness.Data.Quarantine, "call.wav")));
        Assert.True(File.Exists(Path.Combine(harness.Data.Quarantine, "call.json")));
        Assert.Empty(await harness.CallsAsync());
        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
    }
}
