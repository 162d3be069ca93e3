using CallCoach.Core.Paths;
using CallCoach.Ingest.Intake;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Folder;

/// <summary>
/// Takes every settled file in the inbox, including those already there at start. File-system events only
/// wake the loop early; the periodic rescan is what guarantees nothing is missed.
/// </summary>
public sealed class InboxWatcher(
    RecordingIntake intake,
    InboxScanner scanner,
    IOptions<DataOptions> data,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = data.Value.Inbox;
        Directory.CreateDirectory(inbox);
        logger.LogInformation("Watching {Inbox} for recordings and transcripts", inbox);

        using var wake = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        void Wake(object? sender, FileSystemEventArgs e)
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }

        watcher.Created += Wake;
        watcher.Changed += Wake;
        watcher.Renamed += (s, e) => Wake(s, e);

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in scanner.SettledFiles(inbox))
            {
                stoppingToken.ThrowIfCancellationRequested();
                await TakeAsync(file, stoppingToken);
            }

            await WaitAsync(wake, options.Value.PollInterval, stoppingToken);
        }
    }

    private async Task TakeAsync(string file, CancellationToken ct)
    {
        try
        {
            var result = await intake.AcceptAsync(file, ct);
            logger.LogInformation("{File}: {Outcome} {CallId} {Reason}", Path.GetFileName(file), result.Outcome, result.CallId, result.Reason);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The file stays in the inbox and is retried on a later scan; the scanner backs off from it.
            scanner.Defer(file);
            logger.LogError(e, "Could not take {File}; it stays in the inbox and will be retried", file);
        }
    }

    private async Task WaitAsync(SemaphoreSlim wake, TimeSpan poll, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(poll);
        try
        {
            await wake.WaitAsync(timeout.Token);
            // Let a burst of events for one copy settle before scanning again.
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}
