using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Feeds the stages from the store, which is the source of truth for work: at start, calls handed back at the last
/// shutdown or cut off by a crash; later, failed calls whose back-off is over and calls left by an instance whose
/// lease ran out. With channels it hands them to this process's stages; with queues it puts them on the stage's
/// queue (again, if their message was lost), for whichever instance takes them. Every step is a guarded update, so
/// the loops of several instances over one store do not double any work.
/// </summary>
public sealed class StoredWorkLoop(
    CallWorkStore work,
    CallsInFlight inFlight,
    StoredCallFeeder feeder,
    QueueDispatch queues,
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

        var queued = options.Value.Transport == WorkTransport.Queues;
        while (!stoppingToken.IsCancellationRequested)
        {
            var revived = await work.ReviveDueAsync(stoppingToken);
            if (revived > 0)
            {
                logger.LogInformation("Retrying {Count} failed calls whose back-off is over", revived);
            }

            var calls = queued
                ? await work.ListRunnableAsync([], Batch, stoppingToken, notQueuedSince: time.GetUtcNow() - options.Value.QueueResendAfter)
                : await work.ListRunnableAsync(inFlight.Snapshot(), Batch, stoppingToken);
            var handed = 0;
            foreach (var call in calls)
            {
                var sent = queued
                    ? await queues.SendAsync(StoredCallFeeder.NextStage(call), call.Id, force: false, stoppingToken)
                    : !inFlight.Contains(call.Id) && await feeder.FeedAsync(call, ticket: null, stoppingToken);
                handed += sent ? 1 : 0;
            }

            // A full batch handed on means more may be waiting; otherwise wait for the next look.
            if (calls.Count < Batch || handed == 0)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }
}
