using CallCoach.Core.Paths;
using CallCoach.Ingest.Quarantine;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Calls;

/// <summary>
/// `data/uploads` only holds request bodies while their request runs (signed spools, form copies, demo staging). A
/// process killed mid-request leaves them behind, and their senders never got an answer. At start nothing is in
/// flight, so whatever is there is moved to the quarantine with that reason: kept, visible, never silently deleted.
/// </summary>
public sealed class InterruptedUploads(IOptions<DataOptions> data, QuarantineBin quarantine, ILogger<InterruptedUploads> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var uploads = data.Value.Uploads;
        if (!Directory.Exists(uploads))
        {
            return;
        }

        // Recordings before sidecars, so each sidecar moves with its recording.
        var files = Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories)
            .OrderBy(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ThenBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            // A recording's sidecar travels with it, so it may be gone by its own turn.
            if (!File.Exists(file))
            {
                continue;
            }

            await quarantine.QuarantineAsync(file, "an upload interrupted when the service stopped; its sender was never answered and still has it", cancellationToken);
        }

        foreach (var folder in Directory.EnumerateDirectories(uploads).ToList())
        {
            // Empty now: their files went to the quarantine above.
            Directory.Delete(folder, recursive: true);
        }

        logger.LogDebug("Checked {Uploads} for interrupted uploads", uploads);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
