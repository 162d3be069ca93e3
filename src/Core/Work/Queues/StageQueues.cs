using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Work.Queues;

/// <summary>
/// The Azure Storage queues between stages when <see cref="WorkOptions.Transport"/> is Queues: one per stage, and one
/// for poison messages. A message is a call id and nothing else; the store holds everything about the call.
/// </summary>
public sealed class StageQueues(IOptions<WorkOptions> options)
{
    // Made on first use: with the channel transport there is no account to connect to.
    private readonly Lazy<(QueueClient Transcribe, QueueClient Analyze, QueueClient Poison)> clients = new(() =>
    {
        var work = options.Value;
        var service = new QueueServiceClient(work.QueueConnectionString);
        return (
            service.GetQueueClient($"{work.QueuePrefix}-transcribe"),
            service.GetQueueClient($"{work.QueuePrefix}-analyze"),
            service.GetQueueClient($"{work.QueuePrefix}-poison"));
    });

    public QueueClient Poison => clients.Value.Poison;

    public QueueClient For(WorkStage stage) => stage == WorkStage.Transcribe ? clients.Value.Transcribe : clients.Value.Analyze;

    private volatile bool created;

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        foreach (var queue in (QueueClient[])[clients.Value.Transcribe, clients.Value.Analyze, Poison])
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        }

        created = true;
    }

    public async Task SendAsync(WorkStage stage, Guid callId, CancellationToken ct)
    {
        // A process that only ingests may send before any receiver of the cluster has made the queues.
        if (!created)
        {
            await EnsureCreatedAsync(ct);
        }

        await For(stage).SendMessageAsync(callId.ToString(), ct);
    }
}
