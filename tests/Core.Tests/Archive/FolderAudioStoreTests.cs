using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Tests.Archive;

public sealed class FolderAudioStoreTests : IDisposable
{
    private readonly TempDirectory folder = new("folder-store");
    private readonly DataOptions data;
    private readonly FolderAudioStore store;

    public FolderAudioStoreTests()
    {
        data = new DataOptions { Root = folder.Path };
        store = new FolderAudioStore(Options.Create(data));
    }

    private string Incoming(string name, string content)
    {
        var path = folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task ARecordingAndItsSidecarMoveIntoTheAudioFolderAndTheLocationIsTheFilesPath()
    {
        var recording = Incoming("Morning Call.wav", "audio");
        var sidecar = Incoming("Morning Call.json", "{}");

        var stored = await store.PutAsync(recording, sidecar, "abc123.wav", CancellationToken.None);

        var target = Path.Combine(data.Archive, "abc123.wav");
        Assert.Equal(new StoredAudio(target, target), stored);
        Assert.Equal("audio", await File.ReadAllTextAsync(target));
        Assert.Equal("{}", await File.ReadAllTextAsync(Path.Combine(data.Archive, "abc123.json")));
        Assert.False(File.Exists(recording));
        Assert.False(File.Exists(sidecar));
        Assert.Equal(target, await store.LocalFileAsync(stored.Location, CancellationToken.None));
        Assert.True(await store.ExistsAsync(stored.Location, CancellationToken.None));
        Assert.Equal([target], await store.ListAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task TheSameContentArchivedAgainReplacesItselfAndLeavesOneCopy()
    {
        await store.PutAsync(Incoming("a.wav", "audio"), null, "abc123.wav", CancellationToken.None);
        await store.PutAsync(Incoming("b.wav", "audio"), null, "abc123.wav", CancellationToken.None);

        Assert.Single(await store.ListAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task AnEmptyStoreListsNothing()
    {
        Assert.Empty(await store.ListAsync(CancellationToken.None).ToListAsync());
        Assert.False(await store.ExistsAsync(Path.Combine(data.Archive, "abc123.wav"), CancellationToken.None));
    }

    [Fact]
    public async Task ABlobLocationIsRefusedWithWhatToConfigure()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => store.LocalFileAsync("blob://calls/abc123.wav", CancellationToken.None));

        Assert.Contains("'calls'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Archive:Blob", error.Message, StringComparison.Ordinal);
        Assert.False(await store.ExistsAsync("blob://calls/abc123.wav", CancellationToken.None));
    }

    [Theory]
    [InlineData("../abc.wav")]
    [InlineData("sub/abc.wav")]
    [InlineData("")]
    [InlineData(".hidden.wav")]
    [InlineData("abc.json")]
    public async Task ANameThatIsNotAPlainRecordingNameIsRefusedAndTheFileStays(string name)
    {
        var recording = Incoming("call.wav", "audio");

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(recording, null, name, CancellationToken.None));

        Assert.True(File.Exists(recording));
        Assert.False(Directory.Exists(data.Archive) && Directory.EnumerateFileSystemEntries(data.Archive).Any());
    }

    public void Dispose() => folder.Dispose();
}
