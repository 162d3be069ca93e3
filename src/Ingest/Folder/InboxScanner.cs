using System.Collections.Concurrent;
using CallCoach.Ingest.Intake;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Folder;

/// <summary>
/// Lists the inbox files that are ready: not a sidecar, not a temporary copy, and unchanged for the settle time.
/// Sidecars (.json) are taken with their recording, never on their own.
/// </summary>
public sealed class InboxScanner(IOptions<IngestOptions> options, TimeProvider time)
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> deferred = new();

    public IReadOnlyList<string> SettledFiles(string inbox)
    {
        var now = time.GetUtcNow();
        var settle = options.Value.SettleTime;
        return new DirectoryInfo(inbox)
            .EnumerateFiles()
            .Where(f => !IncomingNames.IsIgnored(f.Name))
            .Where(f => now - new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero) >= settle)
            .Where(f => !deferred.TryGetValue(f.FullName, out var until) || until <= now)
            .Where(f => !SidecarIsUnsettled(f.FullName, now, settle))
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => f.FullName)
            .ToList();
    }

    public void Defer(string path) => deferred[path] = time.GetUtcNow() + RetryAfterFailure;

    private static bool SidecarIsUnsettled(string path, DateTimeOffset now, TimeSpan settle)
    {
        // Any name: the content decides what a file is, so "call.bin" may be a recording with a sidecar too.
        var sidecar = new FileInfo(Path.ChangeExtension(path, ".json"));
        return sidecar.Exists
            && now - new DateTimeOffset(sidecar.LastWriteTimeUtc, TimeSpan.Zero) < settle;
    }
}
