using System.Net;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Calls;

public sealed class InterruptedUploadsTests : IDisposable
{
    private readonly TempDirectory data = new("interrupted-uploads");

    [Fact]
    public async Task BodiesLeftInUploadsByAKilledProcessAreQuarantinedWithTheReasonAtTheNextStart()
    {
        var uploads = Path.Combine(data.Path, "uploads");
        Directory.CreateDirectory(Path.Combine(uploads, "0123abcd"));
        await File.WriteAllTextAsync(Path.Combine(uploads, "0123abcd", "call.vtt"), "WEBVTT\n");
        await File.WriteAllTextAsync(Path.Combine(uploads, "0123abcd", "call.json"), """{"repId":"r1"}""");
        await File.WriteAllBytesAsync(Path.Combine(uploads, ".signed-42.body"), [1, 2, 3]);

        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        Assert.Empty(Directory.EnumerateFileSystemEntries(uploads));
        var quarantined = Directory.GetFiles(app.Quarantine).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // Names are made safe in the bin (no leading dot); the sidecar stays with its recording.
        Assert.Equal(["call.json", "call.vtt", "call.vtt.reason.txt", "signed-42.body", "signed-42.body.reason.txt"], quarantined);
        Assert.Contains("interrupted", await File.ReadAllTextAsync(Path.Combine(app.Quarantine, "call.vtt.reason.txt")), StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
