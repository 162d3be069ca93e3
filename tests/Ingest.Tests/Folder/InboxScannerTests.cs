using CallCoach.Ingest.Folder;
using CallCoach.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Ingest.Tests.Folder;

public sealed class InboxScannerTests : IDisposable
{
    private readonly TempDirectory inbox = new("ingest-inbox");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InboxScanner scanner;

    public InboxScannerTests()
    {
        scanner = new InboxScanner(Options.Create(new IngestOptions { SettleTime = TimeSpan.FromSeconds(5) }), clock);
    }

    /// <summary>A file last written <paramref name="age"/> before the fake clock's now.</summary>
    private string Drop(string name, TimeSpan age)
    {
        var path = inbox.File(name);
        File.WriteAllText(path, name);
        File.SetLastWriteTimeUtc(path, (clock.GetUtcNow() - age).UtcDateTime);
        return path;
    }

    private IReadOnlyList<string> Names() => [.. scanner.SettledFiles(inbox.Path).Select(Path.GetFileName)!];

    [Fact]
    public void SidecarsPartialCopiesAndHiddenFilesAreNeverTaken()
    {
        var old = TimeSpan.FromHours(1);
        foreach (var name in new[] { "call.json", "call.wav.part", ".call.wav", "call.wav~", "call.tmp", "call.wav.crdownload", "call.wav.reason.txt", "CALL.JSON" })
        {
            Drop(name, old);
        }

        Drop("call.wav", old);
        Drop("notes.txt", old);

        Assert.Equal(["call.wav", "notes.txt"], Names().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FileIsTakenOnlyOnceItHasBeenUnchangedForTheSettleTime()
    {
        Drop("call.wav", TimeSpan.FromSeconds(2));

        Assert.Empty(Names());

        clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Empty(Names());

        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(["call.wav"], Names());
    }

    [Fact]
    public void RecordingWaitsWhileItsSidecarIsStillBeingWritten()
    {
        Drop("call.wav", TimeSpan.FromMinutes(1));
        Drop("call.json", TimeSpan.FromSeconds(1));

        Assert.Empty(Names());

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(["call.wav"], Names());
    }

    [Fact]
    public void SettledFilesComeOldestFirst()
    {
        Drop("b.wav", TimeSpan.FromMinutes(1));
        Drop("a.wav", TimeSpan.FromMinutes(2));
        Drop("c.wav", TimeSpan.FromMinutes(3));

        Assert.Equal(["c.wav", "a.wav", "b.wav"], Names());
    }

    [Fact]
    public void DeferredFileIsLeftAloneForAMinute()
    {
        var path = Drop("call.wav", TimeSpan.FromMinutes(1));

        scanner.Defer(path);
        Assert.Empty(Names());

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(Names());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["call.wav"], Names());
    }

    public void Dispose() => inbox.Dispose();
}
