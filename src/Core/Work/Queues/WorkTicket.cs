using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace CallCoach.Core.Work.Queues;

/// <summary>
/// A queue message this process has taken. Its visibility timeout is its lease on the queue: renewed every third of
/// it while the call waits in a channel or is worked on, so a long call is not handed to another instance; when this
/// process dies the renewals stop and the message comes back. Finished work deletes it; work handed back at shutdown
/// makes it visible again at once.
/// </summary>
public sealed class WorkTicket : IAsyncDisposable
{
    private readonly QueueClient queue;
    private readonly string messageId;
    private readonly TimeSpan visibility;
    private readonly ILogger logger;
    private readonly CancellationTokenSource renewal = new();
    private readonly Task renewing;
    private string popReceipt;
    private int settled;

    private WorkTicket(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger)
    {
        this.queue = queue;
        messageId = message.MessageId;
        popReceipt = message.PopReceipt;
        this.visibility = visibility;
        this.logger = logger;
        DequeueCount = message.DequeueCount;
        renewing = RenewAsync(time);
    }

    public long DequeueCount { get; }

    public static WorkTicket Hold(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time, ILogger logger) =>
        new(queue, message, visibility, time, logger);

    /// <summary>The work is done (or recorded as failed in the store, which retries it): the message goes.</summary>
    public async Task CompleteAsync()
    {
        if (!await StopRenewingAsync())
        {
            return;
        }

        try
        {
            await queue.DeleteMessageAsync(messageId, popReceipt, CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
            // Its visibility ran out and another instance took it; that instance's work is guarded by the call's lease.
        }
    }

    /// <summary>Handed back unfinished: visible again now, for any instance.</summary>
    public async Task ReturnAsync()
    {
        if (!await StopRenewingAsync())
        {
            return;
        }

        try
        {
            await queue.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
        }
    }

    /// <summary>A ticket nobody settled is handed back.</summary>
    public async ValueTask DisposeAsync() => await ReturnAsync();

    private async Task<bool> StopRenewingAsync()
    {
        if (Interlocked.Exchange(ref settled, 1) == 1)
        {
            return false;
        }

        await renewal.CancelAsync();
        await renewing;
        renewal.Dispose();
        return true;
    }

    private async Task RenewAsync(TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(visibility / 3, time, renewal.Token);
                var updated = await queue.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: visibility, cancellationToken: renewal.Token);
                popReceipt = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException e)
        {
            // The message came back to the queue before this renewal (a long stall): the call's lease in the store
            // still keeps a second instance from storing a second result.
            logger.LogWarning("Could not keep queue message {MessageId} hidden: {Error}", messageId, e.Message);
        }
    }
}
