using Azure.Storage.Blobs;
using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Archive;

[Collection(AzuriteCollection.Name)]
public sealed class BlobAudioStoreTests(Azurite azurite) : IDisposable
{
    private static readonly byte[] Recording = [.. "RIFF"u8, .. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7))];
    private const string Name = "0a1b2c.wav";

    private readonly TempDirectory folder = new("blob-store");
    private readonly string container = Azurite.NewContainerName("audio");

    private BlobAudioStore Store(string dataRoot, string? connectionString = null, TimeProvider? time = null)
    {
        var archive = new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions
            {
                ConnectionString = connectionString ?? azurite.ConnectionString,
                Container = container,
                // One quick retry: an unreachable account fails in well under a second instead of the SDK's half minute.
                ClientOptions = new BlobClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(10) } },
            },
        };
        var data = Options.Create(new DataOptions { Root = dataRoot });
        return new BlobAudioStore(Options.Create(archive), new FolderAudioStore(data), data, time ?? TimeProvider.System, NullLogger<BlobAudioStore>.Instance);
    }

    private async Task<(string Recording, string Sidecar)> IncomingAsync()
    {
        var incoming = Path.Combine(folder.Path, "incoming");
        Directory.CreateDirectory(incoming);
        var recording = Path.Combine(incoming, "call.wav");
        await File.WriteAllBytesAsync(recording, Recording);
        var sidecar = Path.Combine(incoming, "call.json");
        await File.WriteAllTextAsync(sidecar, """{ "repId": "r7" }""");
        return (recording, sidecar);
    }

    private BlobContainerClient Container() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container);

    [Fact]
    public async Task ARecordingPutWithItsSidecarIsInTheContainerAndComesBackByteForByteOnAnotherMachine()
    {
        var (recording, sidecar) = await IncomingAsync();
        var store = Store(Path.Combine(folder.Path, "first"));

        var stored = await store.PutAsync(recording, sidecar, Name, CancellationToken.None);

        // The container did not exist: the store made it. Both files are in it, and the originals left their folder.
        Assert.Equal($"blob://{container}/{Name}", stored.Location);
        Assert.Equal(Recording, (await Container().GetBlobClient(Name).DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("""{ "repId": "r7" }""", (await Container().GetBlobClient("0a1b2c.json").DownloadContentAsync()).Value.Content.ToString());
        Assert.False(File.Exists(recording));
        Assert.False(File.Exists(sidecar));
        // What was archived is readable here at once, from the cache, without a download.
        Assert.Equal(Path.Combine(folder.Path, "first", "cache", "audio", Name), stored.LocalPath);
        Assert.Equal(Recording, await File.ReadAllBytesAsync(stored.LocalPath));

        // Another machine (an empty cache) downloads it once, then reads its own copy.
        var elsewhere = Store(Path.Combine(folder.Path, "second"));
        Assert.True(await elsewhere.ExistsAsync(stored.Location, CancellationToken.None));
        var local = await elsewhere.LocalFileAsync(stored.Location, CancellationToken.None);
        Assert.Equal(Path.Combine(folder.Path, "second", "cache", "audio", Name), local);
        Assert.Equal(Recording, await File.ReadAllBytesAsync(local));
        Assert.Equal([Name], Directory.EnumerateFiles(Path.GetDirectoryName(local)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ALocalCopyCountsAsUsedWhenArchivedAndWhenReadAgainSoTheCacheTrimKeepsIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var store = Store(folder.Path, time: clock);
        var (recording, _) = await IncomingAsync();
        // Copied in with its timestamps kept: a month old by its own clock.
        File.SetLastWriteTimeUtc(recording, clock.GetUtcNow().UtcDateTime.AddDays(-30));

        var stored = await store.PutAsync(recording, null, Name, CancellationToken.None);

        Assert.Equal(clock.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(stored.LocalPath));
        clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(stored.LocalPath, await store.LocalFileAsync(stored.Location, CancellationToken.None));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(stored.LocalPath));
    }

    [Fact]
    public async Task TheListingNamesEveryStoredRecordingAndNoSidecar()
    {
        var store = Store(folder.Path);
        Assert.Empty(await store.ListAsync(CancellationToken.None).ToListAsync());

        var (recording, sidecar) = await IncomingAsync();
        await store.PutAsync(recording, sidecar, Name, CancellationToken.None);
        (recording, _) = await IncomingAsync();
        await store.PutAsync(recording, null, "ffee.mp3", CancellationToken.None);

        Assert.Equal([$"blob://{container}/0a1b2c.wav", $"blob://{container}/ffee.mp3"], await store.ListAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task ABlobThatIsNotThereIsReportedMissingAndLeavesNothingInTheCache()
    {
        var store = Store(folder.Path);
        var (recording, _) = await IncomingAsync();
        await store.PutAsync(recording, null, Name, CancellationToken.None);
        var missing = $"blob://{container}/dead.wav";

        Assert.False(await store.ExistsAsync(missing, CancellationToken.None));
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => store.LocalFileAsync(missing, CancellationToken.None));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Equal([Name], Directory.EnumerateFiles(new DataOptions { Root = folder.Path }.AudioCache).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ALocationWhoseNameNoStoreWritesIsNotFoundAndReachesNoFileOutsideTheCache()
    {
        var store = Store(folder.Path);
        await File.WriteAllTextAsync(folder.File("secret.wav"), "not in the cache");

        await Assert.ThrowsAsync<FileNotFoundException>(() => store.LocalFileAsync($"blob://{container}/../../secret.wav", CancellationToken.None));
        Assert.False(await store.ExistsAsync($"blob://{container}/../../secret.wav", CancellationToken.None));
    }

    [Fact]
    public async Task PathsArchivedByEarlierReleasesAreStillReadWhereTheyAre()
    {
        var store = Store(folder.Path);
        var old = folder.File("old.wav");
        await File.WriteAllBytesAsync(old, Recording);

        Assert.True(await store.ExistsAsync(old, CancellationToken.None));
        Assert.Equal(old, await store.LocalFileAsync(old, CancellationToken.None));
        Assert.False(await store.ExistsAsync(folder.File("gone.wav"), CancellationToken.None));
    }

    [Fact]
    public async Task AStoreThatCannotBeReachedIsUnavailableAndTheRecordingStaysWhereItWas()
    {
        var store = Store(folder.Path, Azurite.UnreachableConnectionString());
        var (recording, sidecar) = await IncomingAsync();

        var error = await Assert.ThrowsAsync<AudioStoreUnavailableException>(() => store.PutAsync(recording, sidecar, Name, CancellationToken.None));

        Assert.Contains(container, error.Message, StringComparison.Ordinal);
        Assert.Equal(Recording, await File.ReadAllBytesAsync(recording));
        Assert.True(File.Exists(sidecar));
    }

    [Fact]
    public async Task ANameWithAFolderInItIsRefusedBeforeAnythingIsSent()
    {
        var store = Store(folder.Path);
        var (recording, _) = await IncomingAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(recording, null, "../escape.wav", CancellationToken.None));

        Assert.False((await Container().ExistsAsync()).Value);
        Assert.True(File.Exists(recording));
    }

    public void Dispose() => folder.Dispose();
}
