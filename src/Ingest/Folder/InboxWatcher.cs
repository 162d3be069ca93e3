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
        using var watcher = TryWatch(inbox, wake);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in ScanOrNothing(inbox))
            {
                stoppingToken.ThrowIfCancellationRequested();
                await TakeAsync(file, stoppingToken);
            }

            await WaitAsync(wake, options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>File-system events only shorten the wait; without them (inotify limits, network shares) polling alone still works.</summary>
    private FileSystemWatcher? TryWatch(string inbox, SemaphoreSlim wake)
    {
        void Wake(object? sender, EventArgs e)
        {
            try
            {
                if (wake.CurrentCount == 0)
                {
                    wake.Release();
                }
            }
            catch (ObjectDisposedException)
            {
                // An event that arrives while the watcher shuts down has nothing left to wake.
            }
        }

        try
        {
            var watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = false };
            watcher.Created += Wake;
            watcher.Changed += Wake;
            watcher.Renamed += Wake;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "No file-system events for {Inbox}; polling every {Interval}", inbox, options.Value.PollInterval);
            return null;
        }
    }

    private IReadOnlyList<string> ScanOrNothing(string inbox)
    {
        try
        {
            return scanner.SettledFiles(inbox);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unmounted or locked inbox is retried at the next poll rather than stopping the service.
            logger.LogError(e, "Cannot read the inbox {Inbox}", inbox);
            return [];
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
