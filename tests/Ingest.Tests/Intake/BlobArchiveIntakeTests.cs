using System.Security.Cryptography;
using Azure.Storage.Blobs;
using CallCoach.Core.Archive;
using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Intake;
using CallCoach.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Intake;

/// <summary>Intake and recovery with <c>Archive:Store=Blob</c>, against Azurite: the pipeline reads its audio through the store.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobArchiveIntakeTests(Azurite azurite, SpeechClip clip) : IClassFixture<SpeechClip>, IDisposable
{
    private readonly TempDirectory elsewhere = new("blob-archive-elsewhere");
    private readonly string container = Azurite.NewContainerName("audio");

    private BlobAudioStore Store(DataOptions data, string? connectionString = null) => new(
        Options.Create(new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions
            {
                ConnectionString = connectionString ?? azurite.ConnectionString,
                Container = container,
                ClientOptions = new BlobClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(10) } },
            },
        }),
        new FolderAudioStore(Options.Create(data)),
        Options.Create(data),
        TimeProvider.System,
        NullLogger<BlobAudioStore>.Instance);

    /// <summary>A call archived to the container and handed back before it was transcribed, as a stop leaves it.</summary>
    private async Task<IntakeHarness> HandedBackCallAsync()
    {
        var harness = await IntakeHarness.CreateAsync(data => Store(data));
        await harness.AcceptAsync(await harness.CopyToInboxAsync(clip.Path, "call.wav"));
        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var handedBack));
        harness.InFlight.Remove(handedBack.CallId);
        return harness;
    }

    private short[] Samples(string path) =>
        new RecordingReader(Options.Create(new IngestOptions())).Read(path, CallMetadata.None, CancellationToken.None).Audio!.ReadAll().Channels[0];

    [Fact]
    public async Task AnAcceptedRecordingIsArchivedToTheContainerAndTranscribedFromItsLocalCopy()
    {
        using var harness = await IntakeHarness.CreateAsync(data => Store(data));
        var inbox = await harness.CopyToInboxAsync(clip.Path, "call.wav");
        await File.WriteAllTextAsync(harness.InInbox("call.json"), """{ "repId": "r7" }""");
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(clip.Path)));

        var result = await harness.AcceptAsync(inbox);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal($"blob://{container}/{hash}.wav", call.ArchivePath);
        Assert.Equal("r7", call.RepId);
        Assert.Empty(Directory.EnumerateFiles(harness.Data.Inbox));
        Assert.False(Directory.Exists(harness.Data.Archive));
        var blobs = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);
        Assert.Equal(await File.ReadAllBytesAsync(clip.Path), (await blobs.GetBlobClient($"{hash}.wav").DownloadContentAsync()).Value.Content.ToArray());
        Assert.True((await blobs.GetBlobClient($"{hash}.json").ExistsAsync()).Value);

        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var queued));
        Assert.Equal(call.Id, queued.CallId);
        Assert.Equal(Samples(clip.Path), queued.Audio.ReadAll().Channels[0]);
    }

    [Fact]
    public async Task AnUnfinishedCallIsResumedFromTheContainerOnAMachineWhoseCacheIsEmpty()
    {
        using var harness = await HandedBackCallAsync();
        var other = new DataOptions { Root = elsewhere.Path };

        await harness.ResumeAsync(Store(other));

        Assert.True(harness.Channels.ToTranscribe.Reader.TryRead(out var resumed));
        Assert.Equal(Assert.Single(await harness.CallsAsync()).Id, resumed.CallId);
        Assert.Equal(Samples(clip.Path), resumed.Audio.ReadAll().Channels[0]);
        Assert.Single(Directory.EnumerateFiles(other.AudioCache));
    }

    [Fact]
    public async Task WhileTheArchiveIsOutOfReachTheRecordingStaysInTheInboxWithItsSidecarAndNoCallIsRecorded()
    {
        var unreachable = Azurite.UnreachableConnectionString();
        using var harness = await IntakeHarness.CreateAsync(data => Store(data, unreachable));
        var inbox = await harness.CopyToInboxAsync(clip.Path, "call.wav");
        await File.WriteAllTextAsync(harness.InInbox("call.json"), """{ "repId": "r7" }""");

        await Assert.ThrowsAsync<AudioStoreUnavailableException>(() => harness.AcceptAsync(inbox));

        Assert.Equal(await File.ReadAllBytesAsync(clip.Path), await File.ReadAllBytesAsync(inbox));
        Assert.True(File.Exists(harness.InInbox("call.json")));
        Assert.Empty(await harness.CallsAsync());
        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
    }

    [Fact]
    public async Task ACallWhoseArchiveIsOutOfReachAtStartStaysReceivedForTheNextStartRatherThanFailing()
    {
        using var harness = await HandedBackCallAsync();

        await harness.ResumeAsync(Store(new DataOptions { Root = elsewhere.Path }, Azurite.UnreachableConnectionString()));

        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(CallStatus.Received, call.Status);
        Assert.Null(call.FailureReason);
        Assert.False(harness.Channels.ToTranscribe.Reader.TryRead(out _));
    }

    [Fact]
    public async Task ACallWhoseBlobIsGoneIsMarkedFailedWithTheReason()
    {
        using var harness = await HandedBackCallAsync();
        var archived = Assert.Single(await harness.CallsAsync()).ArchivePath;
        Assert.True(BlobLocation.TryParse(archived, out _, out var name));
        await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container).DeleteBlobAsync(name);

        await harness.ResumeAsync(Store(new DataOptions { Root = elsewhere.Path }));

        var call = Assert.Single(await harness.CallsAsync());
        Assert.Equal(CallStatus.Failed, call.Status);
        Assert.Contains(archived, call.FailureReason, StringComparison.Ordinal);
    }

    public void Dispose() => elsewhere.Dispose();
}
