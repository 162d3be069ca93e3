using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Core.Tests.Archive;

public sealed class AudioCacheTrimTests : IDisposable
{
    private readonly TempDirectory folder = new("cache-trim");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly DataOptions data;

    public AudioCacheTrimTests()
    {
        data = new DataOptions { Root = folder.Path };
        Directory.CreateDirectory(data.AudioCache);
    }

    private AudioCacheTrim Trim(AudioStoreKind store) => new(
        Options.Create(new ArchiveOptions { Store = store, Blob = new BlobArchiveOptions { CacheDays = 7 } }),
        Options.Create(data),
        clock,
        NullLogger<AudioCacheTrim>.Instance);

    private string Copy(string name, TimeSpan age)
    {
        var path = Path.Combine(data.AudioCache, name);
        File.WriteAllText(path, name);
        File.SetLastWriteTimeUtc(path, (clock.GetUtcNow() - age).UtcDateTime);
        return path;
    }

    [Fact]
    public void CopiesOlderThanTheCacheDaysAreRemovedAndRecentOnesKept()
    {
        var old = Copy("old.wav", TimeSpan.FromDays(8));
        var oldSidecar = Copy("old.json", TimeSpan.FromDays(8));
        var recent = Copy("recent.wav", TimeSpan.FromDays(6));

        Assert.Equal(2, Trim(AudioStoreKind.Blob).Trim());

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(oldSidecar));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public async Task WithTheFolderStoreNothingIsEverTrimmed()
    {
        var old = Copy("old.wav", TimeSpan.FromDays(30));
        var trim = Trim(AudioStoreKind.Folder);

        // A trimming service trims as it starts; stopped at once, it never waits out its interval.
        await trim.StartAsync(CancellationToken.None);
        await trim.StopAsync(CancellationToken.None);

        Assert.True(File.Exists(old));
    }

    public void Dispose() => folder.Dispose();
}
