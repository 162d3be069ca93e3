using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Pipeline;

[Collection(GeneratedCallsCollection.Name)]
public sealed class InboxToApiTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("inbox");

    [Fact]
    public async Task TwoMinuteStereoCallDroppedInTheInboxComesBackEffectiveWithBothSpeakers()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        await app.DropAsync(calls.TrialCallWav);
        var finished = await app.WaitForFinishedCallsAsync(1, TimeSpan.FromMinutes(4));

        var summary = Assert.Single(finished);
        Assert.Equal("analyzed", summary.Status);
        var call = await app.WaitForCallAsync(summary.Id, TimeSpan.FromSeconds(5));
        Assert.True(call.Call.DurationSeconds >= 90, $"duration {call.Call.DurationSeconds}");
        Assert.True(call.Call.Effective);
        Assert.Contains(call.Keywords, k => k.Term == "trial period" && k.Count >= 2);
        Assert.Contains(call.Segments, s => s.Speaker == "rep" && s.Text.Contains("trial period", StringComparison.Ordinal));
        Assert.Contains(call.Segments, s => s.Speaker == "customer" && s.Text.Length > 20);
        Assert.Equal(call.Segments.OrderBy(s => s.Start).Select(s => s.Index), call.Segments.Select(s => s.Index));

        // Every keyword count is backed by hits pointing at segments that really say the term.
        foreach (var hit in call.KeywordHits.Where(h => h.Term == "trial period"))
        {
            Assert.Contains("trial period", call.Segments[hit.SegmentIndex].Text, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFiles(app.Inbox));
        Assert.Single(Directory.EnumerateFiles(app.Archive, "*.wav"));
    }

    [Fact]
    public async Task BrokenFilesAreQuarantinedWithReasonsWhileTheNextGoodFileIsStillAnalyzed()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var work = data.File("incoming");
        Directory.CreateDirectory(work);

        var empty = Path.Combine(work, "empty.wav");
        await File.WriteAllBytesAsync(empty, []);
        var notAudio = Path.Combine(work, "notes.mp3");
        await File.WriteAllTextAsync(notAudio, "these are meeting notes, not audio");
        var truncated = Path.Combine(work, "truncated.wav");
        var whole = await File.ReadAllBytesAsync(calls.SmallTalkWav);
        await File.WriteAllBytesAsync(truncated, whole[..(whole.Length / 2)]);
        var badSidecar = Path.Combine(work, "bad-meta.wav");
        File.Copy(calls.SmallTalkWav, badSidecar);
        await File.WriteAllTextAsync(Path.ChangeExtension(badSidecar, ".json"), """{ "repId": "r1", "customerTier": "Z" }""");
        var good = Path.Combine(work, "good.vtt");
        await File.WriteAllTextAsync(good, "WEBVTT\n\n00:00:01.000 --> 00:01:45.000\n<v Rep>Let us talk about the renewal rate.\n");

        await app.DropAsync(Path.ChangeExtension(badSidecar, ".json"));
        foreach (var file in new[] { empty, notAudio, truncated, badSidecar, good })
        {
            await app.DropAsync(file);
        }

        var finished = await app.WaitForFinishedCallsAsync(1, TimeSpan.FromMinutes(1));
        var analyzed = Assert.Single(finished);
        Assert.Equal("good.vtt", analyzed.FileName);
        Assert.True(analyzed.Effective);

        var reasons = Directory.EnumerateFiles(app.Quarantine, "*.reason.txt").ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        Assert.Contains("empty", reasons["empty.wav.reason.txt"], StringComparison.Ordinal);
        Assert.Contains("MP3", reasons["notes.mp3.reason.txt"], StringComparison.Ordinal);
        Assert.Contains("truncated", reasons["truncated.wav.reason.txt"], StringComparison.Ordinal);
        Assert.Contains("customerTier", reasons["bad-meta.wav.reason.txt"], StringComparison.Ordinal);
        foreach (var name in new[] { "empty.wav", "notes.mp3", "truncated.wav", "bad-meta.wav", "bad-meta.json" })
        {
            Assert.True(File.Exists(Path.Combine(app.Quarantine, name)), $"{name} kept in quarantine");
        }

        Assert.Empty(Directory.EnumerateFiles(app.Inbox));
    }

    [Fact]
    public async Task TheSameRecordingDroppedTwiceIsAnalyzedOnce()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        await app.DropAsync(calls.SmallTalkWav, "first.wav");
        var first = await app.WaitForFinishedCallsAsync(1, TimeSpan.FromMinutes(1));
        await app.DropAsync(calls.SmallTalkWav, "again.wav");

        var duplicates = Path.Combine(app.DataRoot, "duplicates");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(Path.Combine(duplicates, "again.wav")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(File.Exists(Path.Combine(duplicates, "again.wav")), "the duplicate is set aside, not deleted");
        Assert.Contains(first[0].Id.ToString(), await File.ReadAllTextAsync(Path.Combine(duplicates, "again.wav.reason.txt")), StringComparison.Ordinal);
        var all = await app.WaitForFinishedCallsAsync(2, TimeSpan.FromSeconds(1));
        Assert.Single(all);
        Assert.False(all[0].Effective, "small talk is short and has no business keyword");
    }

    public void Dispose() => data.Dispose();
}
