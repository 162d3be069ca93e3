using CallCoach.Ingest.Intake;
using CallCoach.Testing.Fuzzing;

namespace CallCoach.Ingest.Tests.Intake;

/// <summary>Hostile files through the real intake: each is quarantined with its reason, and the next file still goes through.</summary>
public sealed class HostileInputIntakeTests(SpeechClip clip) : IClassFixture<SpeechClip>
{
    public static TheoryData<string> Cases() => [.. HostileRecordings.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRecordingIsQuarantinedWithItsReasonAndTheNextFileIsStillAccepted(string name)
    {
        using var harness = await IntakeHarness.CreateAsync();
        var (bytes, reason) = HostileRecordings.All[name];
        var hostile = harness.InInbox("hostile.wav");
        await File.WriteAllBytesAsync(hostile, bytes);
        var good = await harness.CopyToInboxAsync(clip.Path, "good.wav");

        var refused = await harness.AcceptAsync(hostile);
        var accepted = await harness.AcceptAsync(good);

        Assert.Equal(IntakeOutcome.Quarantined, refused.Outcome);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
        var kept = Path.Combine(harness.Data.Quarantine, "hostile.wav");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(kept));
        Assert.Contains(refused.Reason!, await File.ReadAllTextAsync(kept + ".reason.txt"), StringComparison.Ordinal);
        Assert.Equal(IntakeOutcome.Accepted, accepted.Outcome);
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(accepted.CallId, queued.CallId);
    }

    [Fact]
    public async Task WavNamedMp3IsArchivedAsWavAndQueuedForTranscription()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var misnamed = await harness.CopyToInboxAsync(clip.Path, "call.mp3");

        var result = await harness.AcceptAsync(misnamed);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal("call.mp3", call.FileName);
        Assert.EndsWith(".wav", call.ArchivePath, StringComparison.Ordinal);
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(SpeechClip.Seconds, queued.Audio.DurationSeconds);
    }

    [Fact]
    public async Task TranscriptNamedWavGoesStraightToAnalysisArchivedAsVtt()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var misnamed = harness.InInbox("call.wav");
        await File.WriteAllTextAsync(misnamed, "WEBVTT\n\n00:00:00.000 --> 00:00:30.000\n<v Rep>Hello.\n");

        var result = await harness.AcceptAsync(misnamed);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.EndsWith(".vtt", Assert.Single(await harness.CallsAsync()).ArchivePath, StringComparison.Ordinal);
        Assert.True(harness.Channels.ToAnalyze.Reader.TryRead(out var call));
        Assert.Equal(30, call.DurationSeconds);
    }

    [Fact]
    public async Task UnknownContentIsQuarantinedAsUnsupportedAndBrokenAudioIsNot()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var pdf = harness.InInbox("scan.wav");
        await File.WriteAllBytesAsync(pdf, [.. "%PDF-1.7\n"u8, .. HostileRecordings.Garbage(200, 5)]);
        var truncated = harness.InInbox("cut.wav");
        await File.WriteAllBytesAsync(truncated, HostileRecordings.All["riff size larger than the file"].Bytes);

        var unsupported = await harness.AcceptAsync(pdf);
        var broken = await harness.AcceptAsync(truncated);

        Assert.True(unsupported.UnsupportedContent);
        Assert.StartsWith("unsupported content: this is a PDF document", unsupported.Reason, StringComparison.Ordinal);
        Assert.False(broken.UnsupportedContent);
        Assert.Equal(IntakeOutcome.Quarantined, broken.Outcome);
    }

    [Fact]
    public async Task RecordingWithAMetadataBombIsQuarantinedTogetherWithItsSidecar()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var wav = await harness.CopyToInboxAsync(clip.Path, "call.wav");
        var bomb = $$"""{"repId":{{new string('[', 5000)}}{{new string(']', 5000)}}}""";
        await File.WriteAllTextAsync(harness.InInbox("call.json"), bomb);

        var result = await harness.AcceptAsync(wav);

        Assert.Equal(IntakeOutcome.Quarantined, result.Outcome);
        Assert.Contains("nested deeper than 16 levels", result.Reason, StringComparison.Ordinal);
        Assert.Equal(bomb, await File.ReadAllTextAsync(Path.Combine(harness.Data.Quarantine, "call.json")));
        Assert.True(File.Exists(Path.Combine(harness.Data.Quarantine, "call.wav")));
        Assert.Empty(await harness.CallsAsync());
    }

    [Fact]
    public async Task InboxFileWithControlAndBidiCharactersInItsNameIsQuarantinedUnderASafeName()
    {
        using var harness = await IntakeHarness.CreateAsync();
        var odd = harness.InInbox("bad\nname\u202Evaw.exe");
        await File.WriteAllTextAsync(odd, "not a recording");

        var result = await harness.AcceptAsync(odd);

        Assert.Equal(IntakeOutcome.Quarantined, result.Outcome);
        var kept = Path.Combine(harness.Data.Quarantine, "badnamevaw.exe");
        Assert.Equal("not a recording", await File.ReadAllTextAsync(kept));
        var reason = await File.ReadAllTextAsync(kept + ".reason.txt");
        Assert.Contains("bad\\u000aname\\u202evaw.exe", reason, StringComparison.Ordinal);
        Assert.Single(reason.TrimEnd().Split('\n'));
    }
}
