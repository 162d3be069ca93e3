using System.Globalization;
using CallCoach.Core.Calls;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Blob;
using CallCoach.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Ingest.Tests.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobInboxTests(Azurite azurite, SpeechClip clip) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory work = new("blob-inbox");

    /// <summary>The clip with <paramref name="n"/> tenths of a second of silence after it: another recording, another hash.</summary>
    private async Task<string> RecordingAsync(int n)
    {
        var path = work.File($"variant-{n}.wav");
        await Tools.RunAsync("sox", clip.Path, path, "pad", "0", (n / 10.0).ToString(CultureInfo.InvariantCulture));
        return path;
    }

    [Fact]
    public async Task ARecordingIsTakenWithItsSidecarAndTheCustomersBlobsAreLeftAsTheyWere()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("2026/03/Morning Call.wav", clip.Path);
        await harness.UploadTextAsync("2026/03/Morning Call.json", """{ "repId": "r7", "repName": "Anna Lee", "customerTier": "A" }""");
        var before = await harness.BlobsAsync();
        var inbox = harness.NewInbox();

        var pass = await inbox.PollAsync(CancellationToken.None);

        Assert.Equal(BlobPass.Empty with { Taken = 1 }, pass);
        var call = Assert.Single(await harness.Intake.CallsAsync());
        Assert.Equal("Morning Call.wav", call.FileName);
        Assert.Equal(("r7", "Anna Lee", CustomerTier.A), (call.RepId, call.RepName, call.CustomerTier));
        Assert.True(File.Exists(call.ArchivePath));
        Assert.True(File.Exists(Path.ChangeExtension(call.ArchivePath, ".json")));
        var queued = Assert.Single(harness.DrainQueued());
        Assert.Equal(call.Id, queued.CallId);
        Assert.Equal(SpeechClip.Seconds, queued.Audio.DurationSeconds);

        var item = Assert.Single(await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None));
        Assert.Equal(("2026/03/Morning Call.wav", before["2026/03/Morning Call.wav"].ToString(), SourceItemState.Taken, call.Id),
            (item.Name, item.Version, item.State, item.CallId));
        // Only read: the same blobs, unchanged, and nothing left behind in the spool.
        Assert.Equal(before, await harness.BlobsAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(harness.Intake.Data.Root, "spool", "blob")));
    }

    [Fact]
    public async Task ARestartedSourceReadsNothingAgainAndSkipsNothingUploadedMeanwhile()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        for (var n = 1; n <= 3; n++)
        {
            await harness.UploadFileAsync($"call-{n}.wav", await RecordingAsync(n));
        }

        var first = await harness.NewInbox(pageSize: 2).PollAsync(CancellationToken.None);
        Assert.Equal(BlobPass.Empty with { Taken = 3 }, first);
        Assert.Equal(3, harness.DrainQueued().Count);

        // Uploaded while the service is down; two of them sort before names already taken, on the same pages.
        await harness.UploadFileAsync("call-0.wav", await RecordingAsync(4));
        await harness.UploadFileAsync("call-9.wav", await RecordingAsync(5));
        await harness.UploadFileAsync("call-10.wav", await RecordingAsync(6));

        var restarted = harness.NewInbox(pageSize: 2);
        var second = await restarted.PollAsync(CancellationToken.None);

        Assert.Equal(BlobPass.Empty with { Taken = 3, AlreadySeen = 3 }, second);
        Assert.Equal(["call-0.wav", "call-10.wav", "call-9.wav"], harness.DrainQueued().Select(q => q.FileName).Order(StringComparer.Ordinal));
        var calls = await harness.Intake.CallsAsync();
        Assert.Equal(6, calls.Count);
        Assert.Equal(6, calls.Select(c => c.ContentHash).Distinct().Count());
        var items = await harness.Cursor.ListAsync(restarted.Source, CancellationToken.None);
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Equal(SourceItemState.Taken, i.State));
        Assert.False(Directory.Exists(harness.Intake.Duplicates));

        // And once more: nothing new, nothing taken.
        Assert.Equal(BlobPass.Empty with { AlreadySeen = 6 }, await harness.NewInbox(pageSize: 4).PollAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ABrokenBlobIsQuarantinedWithItsReasonOnceAndTheNextBlobIsStillTaken()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        var bytes = await File.ReadAllBytesAsync(clip.Path);
        await harness.UploadAsync("a-broken.wav", bytes[..^5000]);
        await harness.UploadFileAsync("b-good.wav", clip.Path);
        var inbox = harness.NewInbox();

        var pass = await inbox.PollAsync(CancellationToken.None);

        Assert.Equal(BlobPass.Empty with { Taken = 1, Quarantined = 1 }, pass);
        Assert.Equal("b-good.wav", Assert.Single(await harness.Intake.CallsAsync()).FileName);
        var quarantined = Path.Combine(harness.Intake.Data.Quarantine, "a-broken.wav");
        Assert.Equal(bytes[..^5000], await File.ReadAllBytesAsync(quarantined));
        Assert.Contains("truncated WAV", await File.ReadAllTextAsync(quarantined + ".reason.txt"), StringComparison.Ordinal);
        var broken = (await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None)).Single(i => i.Name == "a-broken.wav");
        Assert.Equal(SourceItemState.Quarantined, broken.State);
        Assert.StartsWith("truncated WAV", broken.Reason, StringComparison.Ordinal);
        Assert.Null(broken.CallId);

        // Recorded, so it is not read and quarantined again at every listing; the blob itself stays.
        Assert.Equal(BlobPass.Empty with { AlreadySeen = 2 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Single(Directory.EnumerateFiles(harness.Intake.Data.Quarantine, "*.reason.txt"));
        Assert.Contains("a-broken.wav", (await harness.BlobsAsync()).Keys);
    }

    [Fact]
    public async Task TheSameContentUnderAnotherNameIsRecordedAsADuplicateOfTheFirstCall()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("first.wav", clip.Path);
        await harness.UploadFileAsync("second.wav", clip.Path);
        var inbox = harness.NewInbox();

        Assert.Equal(BlobPass.Empty with { Taken = 1, Duplicates = 1 }, await inbox.PollAsync(CancellationToken.None));

        var call = Assert.Single(await harness.Intake.CallsAsync());
        var items = (await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None)).ToDictionary(i => i.Name);
        Assert.Equal((SourceItemState.Taken, call.Id), (items["first.wav"].State, items["first.wav"].CallId));
        Assert.Equal((SourceItemState.Duplicate, call.Id), (items["second.wav"].State, items["second.wav"].CallId));
        Assert.True(File.Exists(Path.Combine(harness.Intake.Duplicates, "second.wav")));
    }

    [Fact]
    public async Task ABlobOverwrittenWithNewContentIsANewItemAndTakenAgain()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("call.wav", await RecordingAsync(1));
        var inbox = harness.NewInbox();
        await inbox.PollAsync(CancellationToken.None);

        await harness.UploadFileAsync("call.wav", await RecordingAsync(2));

        Assert.Equal(BlobPass.Empty with { Taken = 1 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Equal(2, (await harness.Intake.CallsAsync()).Count);
        Assert.Equal(2, (await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None)).Select(i => i.Version).Distinct().Count());
    }

    [Fact]
    public async Task ABlobThatCannotBeFetchedIsNotRecordedAndIsTakenAtTheNextListing()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("call.wav", clip.Path);
        var inbox = harness.NewInbox();
        // A file where the spool folder should be: every download fails as on a full or read-only disk.
        var spool = Path.Combine(harness.Intake.Data.Root, "spool");
        Directory.CreateDirectory(spool);
        await File.WriteAllTextAsync(Path.Combine(spool, "blob"), "in the way");

        Assert.Equal(BlobPass.Empty with { Failed = 1 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Empty(await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None));
        Assert.Empty(await harness.Intake.CallsAsync());

        File.Delete(Path.Combine(spool, "blob"));

        Assert.Equal(BlobPass.Empty with { Taken = 1 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Single(await harness.Intake.CallsAsync());
    }

    [Fact]
    public async Task ARecordingAndItsSidecarAreTakenOnlyOnceBothHaveSettled()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("call.wav", clip.Path);
        await harness.UploadTextAsync("call.json", """{ "repId": "r7" }""");
        // The container's clock and this one agree; the settle time has not passed since the uploads.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inbox = harness.NewInbox(clock, settle: TimeSpan.FromMinutes(1));

        Assert.Equal(BlobPass.Empty with { Waiting = 1 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Empty(await harness.Intake.CallsAsync());
        Assert.Empty(await harness.Cursor.ListAsync(inbox.Source, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(BlobPass.Empty with { Taken = 1 }, await inbox.PollAsync(CancellationToken.None));
        Assert.Equal("r7", Assert.Single(await harness.Intake.CallsAsync()).RepId);
    }

    [Fact]
    public async Task OnlyBlobsUnderThePrefixAreTakenAndTemporaryAndHiddenNamesAreLeftAlone()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        await harness.UploadFileAsync("calls/in.wav", await RecordingAsync(1));
        await harness.UploadFileAsync("calls/copying.wav.part", await RecordingAsync(2));
        await harness.UploadFileAsync("calls/.hidden.wav", await RecordingAsync(3));
        await harness.UploadTextAsync("calls/lonely.json", """{ "repId": "r7" }""");
        await harness.UploadFileAsync("archive/out.wav", await RecordingAsync(4));

        Assert.Equal(BlobPass.Empty with { Taken = 1 }, await harness.NewInbox(prefix: "calls/").PollAsync(CancellationToken.None));

        Assert.Equal("in.wav", Assert.Single(await harness.Intake.CallsAsync()).FileName);
    }

    [Fact]
    public async Task AContainerThatIsNotThereFailsTheListingAndIsNotCreated()
    {
        using var harness = await BlobSourceHarness.CreateAsync(azurite);
        var inbox = harness.NewInbox(container: "not-there-yet");

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => inbox.PollAsync(CancellationToken.None));

        Assert.Equal(404, error.Status);
        Assert.False((await new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("not-there-yet").ExistsAsync()).Value);
    }

    public void Dispose() => work.Dispose();
}
