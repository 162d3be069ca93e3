using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Ingest.Decoding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Feeds the stages from the store, which is the source of truth for work: at start, calls handed back at the last
/// shutdown or cut off by a crash; later, failed calls whose back-off is over and calls left by an instance whose
/// lease ran out. Received calls are read again from their archived original, transcribed ones from the transcript
/// the store kept for them.
/// </summary>
public sealed class StoredWorkLoop(
    CallWorkStore work,
    CallsInFlight inFlight,
    RecordingReader reader,
    RecordingDispatcher dispatcher,
    PipelineChannels channels,
    TimeProvider time,
    IOptions<WorkOptions> options,
    ILogger<StoredWorkLoop> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var released = await work.ReleaseLeasesOfEarlierRunAsync(stoppingToken);
        if (released > 0)
        {
            logger.LogInformation("Took back {Count} calls this instance ({Instance}) was working on when it last stopped", released, work.Instance);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var revived = await work.ReviveDueAsync(stoppingToken);
            if (revived > 0)
            {
                logger.LogInformation("Retrying {Count} failed calls whose back-off is over", revived);
            }

            var calls = await work.ListRunnableAsync(inFlight.Snapshot(), Batch, stoppingToken);
            foreach (var call in calls)
            {
                await FeedAsync(call, stoppingToken);
            }

            if (calls.Count < Batch)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    private async Task FeedAsync(CallRecord call, CancellationToken ct)
    {
        if (inFlight.Contains(call.Id))
        {
            return;
        }

        try
        {
            if (call.Status == CallStatus.Transcribed)
            {
                await FeedTranscribedAsync(call, ct);
                return;
            }

            var metadata = call.ToMetadata();
            var content = await Task.Run(() => reader.Read(call.ArchivePath, metadata, ct), ct);
            if (await dispatcher.DispatchAsync(call.Id, call.FileName, metadata, content, ct))
            {
                logger.LogInformation("Resumed call {CallId} ({File}) from the archive", call.Id, call.FileName);
            }
        }
        catch (Exception e) when (e is UnreadableRecordingException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The archive is gone or unreadable: a failure of the call's intake, retried (its original may still come
            // round again from the inbox) and parked after the last attempt, never dropped.
            logger.LogError(e, "Cannot resume call {CallId} from {Archive}", call.Id, call.ArchivePath);
            if (await work.TryClaimAsync(call.Id, CallStatus.Received, null, ct))
            {
                await work.RecordFailureAsync(call.Id, $"cannot resume from the archive: {e.Message}", permanent: false, ct);
            }
        }
    }

    private async Task FeedTranscribedAsync(CallRecord call, CancellationToken ct)
    {
        var transcript = await work.LoadTranscriptAsync(call.Id, ct)
            ?? throw new InvalidDataException($"call {call.Id} is transcribed but its transcript is not in the store");
        if (!inFlight.TryAdd(call.Id))
        {
            return;
        }

        try
        {
            await channels.ToAnalyze.Writer.WriteAsync(new TranscribedCall(call.Id, call.ToMetadata(), transcript.DurationSeconds, transcript.Segments), ct);
            logger.LogInformation("Resumed call {CallId} ({File}) from its stored transcript", call.Id, call.FileName);
        }
        catch
        {
            inFlight.Remove(call.Id);
            throw;
        }
    }
}
