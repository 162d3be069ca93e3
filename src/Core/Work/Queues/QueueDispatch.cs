using Microsoft.Extensions.Logging;

namespace CallCoach.Core.Work.Queues;

/// <summary>Puts a call on a stage's queue, noting in the store when, so the work loops do not queue it twice.</summary>
public sealed class QueueDispatch(StageQueues queues, CallWorkStore work, ILogger<QueueDispatch> logger)
{
    /// <param name="force">Queue it even if it was queued recently: it just moved to a new state.</param>
    /// <returns>False when it was on a queue already.</returns>
    public async Task<bool> SendAsync(WorkStage stage, Guid callId, bool force, CancellationToken ct)
    {
        // Noted first: a process that dies between the two leaves a call the work loop queues again later, never a
        // message for a call the store does not know.
        if (!await work.MarkQueuedAsync(callId, force, ct))
        {
            return false;
        }

        await queues.SendAsync(stage, callId, ct);
        logger.LogDebug("Queued call {CallId} for {Stage}", callId, stage);
        return true;
    }
}
