using CallCoach.Core.Archive;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// At start, queues again every call that was archived but not finished: handed back at the last shutdown
/// or cut off by a crash. The archived original is the source of truth, so nothing in flight is lost.
/// </summary>
public sealed class UnfinishedCallRecovery(
    CallStore store,
    IAudioStore archive,
    RecordingReader reader,
    RecordingDispatcher dispatcher,
    ILogger<UnfinishedCallRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var call in await store.ListUnfinishedAsync(stoppingToken))
        {
            try
            {
                var metadata = call.ToMetadata();
                var local = await archive.LocalFileAsync(call.ArchivePath, stoppingToken);
                var content = await Task.Run(() => reader.Read(local, metadata, stoppingToken), stoppingToken);
                await dispatcher.DispatchAsync(call.Id, call.FileName, metadata, content, stoppingToken);
                logger.LogInformation("Resumed unfinished call {CallId} ({File})", call.Id, call.FileName);
            }
            catch (Exception e) when (e is UnreadableRecordingException or IOException or UnauthorizedAccessException)
            {
                logger.LogError(e, "Cannot resume call {CallId} from {Archive}", call.Id, call.ArchivePath);
                await store.MarkFailedAsync(call.Id, $"cannot resume from archive: {e.Message}", stoppingToken);
            }
            catch (AudioStoreUnavailableException e)
            {
                // The recording is not lost, the archive is out of reach: the call stays received for the next start.
                logger.LogError(e, "Cannot resume call {CallId} now; it stays received and is resumed at the next start", call.Id);
            }
        }
    }
}
