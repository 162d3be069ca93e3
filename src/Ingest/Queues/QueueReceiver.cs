using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using CallCoach.Ingest.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Queues;

/// <summary>
/// Takes calls off one stage's queue, as one of the competing consumers, and hands them to this process's stage
/// through its channel. A message is taken only when the channel has room, so an instance never hoards work another
/// could do. A message taken <see cref="WorkOptions.MaxDequeueCount"/> times (its takers died on it) goes to the
/// poison queue and its call is parked with the reason.
/// </summary>
public sealed class QueueReceiver(
    WorkStage stage,
    StageQueues queues,
    QueueDispatch dispatch,
    StoredCallFeeder feeder,
    PipelineChannels channels,
    CallWorkStore work,
    IDbContextFactory<CallCoachDbContext> contexts,
    TimeProvider time,
    IOptions<WorkOptions> options,
    IOptions<PipelineOptions> pipeline,
    ILogger<QueueReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await queues.EnsureCreatedAsync(stoppingToken);
        var queue = queues.For(stage);
        logger.LogInformation("Taking {Stage} work from queue {Queue} as {Instance}", stage, queue.Name, work.Instance);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!HasRoom())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, stoppingToken);
                continue;
            }

            var messages = (await queue.ReceiveMessagesAsync(1, options.Value.LeaseDuration, stoppingToken)).Value;
            if (messages.Length == 0)
            {
                await Task.Delay(IdleWait, time, stoppingToken);
                continue;
            }

            var ticket = WorkTicket.Hold(queue, messages[0], options.Value.LeaseDuration, time, logger);
            try
            {
                if (!await TakeAsync(messages[0].MessageText, ticket, stoppingToken))
                {
                    await ticket.CompleteAsync();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await ticket.ReturnAsync();
                throw;
            }
            catch (Exception e)
            {
                // The store or the archive failed us; the message comes back after its visibility timeout.
                logger.LogError(e, "Could not take {Stage} message {Message}", stage, messages[0].MessageText);
                await ticket.ReturnAsync();
                await Task.Delay(IdleWait, time, stoppingToken);
            }
        }
    }

    private bool HasRoom() => stage == WorkStage.Transcribe
        ? channels.ToTranscribe.Reader.Count < pipeline.Value.TranscribeQueueCapacity
        : channels.ToAnalyze.Reader.Count < pipeline.Value.AnalyzeQueueCapacity;

    /// <returns>True when the call went to this process's stage, which settles the ticket when it is done.</returns>
    private async Task<bool> TakeAsync(string text, WorkTicket ticket, CancellationToken ct)
    {
        if (!Guid.TryParse(text, out var callId))
        {
            await PoisonAsync(text, $"'{text}' is not a call id", ct);
            return false;
        }

        if (ticket.DequeueCount > options.Value.MaxDequeueCount)
        {
            var reason = $"its {stage} message was taken {ticket.DequeueCount} times and never finished";
            await PoisonAsync(text, reason, ct);
            await work.ParkAsync(callId, reason, ct);
            return false;
        }

        CallRecord? call;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        }

        // Analyzed, parked or failed meanwhile (a failed call is queued again when it is retried): nothing to do.
        if (call is not { Status: CallStatus.Received or CallStatus.Transcribed })
        {
            return false;
        }

        if (StoredCallFeeder.NextStage(call) is var next && next != stage)
        {
            await dispatch.SendAsync(next, callId, force: true, ct);
            return false;
        }

        return await feeder.FeedAsync(call, ticket, ct);
    }

    private async Task PoisonAsync(string text, string reason, CancellationToken ct)
    {
        logger.LogError("Moving {Stage} message {Message} to the poison queue: {Reason}", stage, text, reason);
        await queues.Poison.SendMessageAsync($"{stage}: {text}: {reason}", ct);
    }
}
