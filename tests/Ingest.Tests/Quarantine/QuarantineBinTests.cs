using CallCoach.Core.Paths;
using CallCoach.Ingest.Quarantine;
using CallCoach.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.Ingest.Tests.Quarantine;

public sealed class QuarantineBinTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory root = new("ingest-quarantine");
    private readonly DataOptions data;
    private readonly QuarantineBin bin;

    public QuarantineBinTests()
    {
        data = new DataOptions { Root = root.Path };
        bin = new QuarantineBin(Options.Create(data), new FakeTimeProvider(Now), NullLogger<QuarantineBin>.Instance);
        Directory.CreateDirectory(data.Inbox);
    }

    private string Drop(string name, string content)
    {
        var path = Path.Combine(data.Inbox, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task QuarantinedFileAndItsSidecarAreMovedWithAReasonBesideThem()
    {
        var recording = Drop("call.wav", "broken audio");
        Drop("call.json", """{ "repId": "rep-7" }""");

        var target = await bin.QuarantineAsync(recording, "truncated WAV", CancellationToken.None);

        Assert.Equal(Path.Combine(data.Quarantine, "call.wav"), target);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data.Inbox));
        Assert.Equal("broken audio", File.ReadAllText(target));
        Assert.Equal("""{ "repId": "rep-7" }""", File.ReadAllText(Path.Combine(data.Quarantine, "call.json")));
        var reason = File.ReadAllText(target + ".reason.txt");
        Assert.Contains("call.wav: truncated WAV", reason, StringComparison.Ordinal);
        Assert.StartsWith(Now.ToString("O"), reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondFileOfTheSameNameNeverOverwritesTheFirst()
    {
        var first = await bin.QuarantineAsync(Drop("call.wav", "first"), "reason one", CancellationToken.None);
        var second = await bin.QuarantineAsync(Drop("call.wav", "second"), "reason two", CancellationToken.None);
        var third = await bin.QuarantineAsync(Drop("call.wav", "third"), "reason three", CancellationToken.None);

        Assert.Equal(
            [Path.Combine(data.Quarantine, "call.wav"), Path.Combine(data.Quarantine, "call-2.wav"), Path.Combine(data.Quarantine, "call-3.wav")],
            [first, second, third]);
        Assert.Equal(["first", "second", "third"], [File.ReadAllText(first), File.ReadAllText(second), File.ReadAllText(third)]);
        Assert.Contains("reason one", File.ReadAllText(first + ".reason.txt"), StringComparison.Ordinal);
        Assert.Contains("reason two", File.ReadAllText(second + ".reason.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondSidecarOfTheSameNameNeverOverwritesTheFirst()
    {
        Drop("call.json", "first sidecar");
        await bin.QuarantineAsync(Drop("call.wav", "first"), "one", CancellationToken.None);
        Drop("call.json", "second sidecar");
        var second = await bin.QuarantineAsync(Drop("call.wav", "second"), "two", CancellationToken.None);

        Assert.Equal("first sidecar", File.ReadAllText(Path.Combine(data.Quarantine, "call.json")));
        Assert.Equal("second sidecar", File.ReadAllText(Path.ChangeExtension(second, ".json")));
    }

    [Fact]
    public async Task RecordingsOfTwoTypesWithTheSameStemKeepBothSidecars()
    {
        // call.wav and call.mp3 share the sidecar name call.json once they are in the bin.
        Drop("call.json", "wav sidecar");
        await bin.QuarantineAsync(Drop("call.wav", "wav"), "one", CancellationToken.None);
        Drop("call.json", "mp3 sidecar");

        var target = await bin.QuarantineAsync(Drop("call.mp3", "mp3"), "two", CancellationToken.None);

        Assert.Equal("mp3", File.ReadAllText(target));
        Assert.True(File.Exists(target + ".reason.txt"));
        var sidecars = Directory.GetFiles(data.Quarantine, "*.json").Select(File.ReadAllText).Order(StringComparer.Ordinal);
        Assert.Equal(["mp3 sidecar", "wav sidecar"], sidecars);
    }

    [Fact]
    public async Task DuplicatesAreSetAsideInTheirOwnBin()
    {
        var target = await bin.SetAsideDuplicateAsync(Drop("again.wav", "audio"), "same content as call X", CancellationToken.None);

        Assert.Equal(Path.Combine(root.Path, "duplicates", "again.wav"), target);
        Assert.False(Directory.Exists(data.Quarantine));
        Assert.Contains("same content as call X", File.ReadAllText(target + ".reason.txt"), StringComparison.Ordinal);
    }

    public void Dispose() => root.Dispose();
}
