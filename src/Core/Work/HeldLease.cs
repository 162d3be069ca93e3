namespace CallCoach.Core.Work;

/// <summary>A lease being renewed in the background; dispose it when the stage is done with the call.</summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly CancellationTokenSource source;

    internal HeldLease(Guid callId, CancellationToken ct)
    {
        CallId = callId;
        source = CancellationTokenSource.CreateLinkedTokenSource(ct);
    }

    public Guid CallId { get; }

    /// <summary>Cancelled when the lease is lost or the work is stopped.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>True when another instance took the call: the work must stop and record nothing.</summary>
    public bool Lost { get; private set; }

    internal Task Renewing { get; set; } = Task.CompletedTask;

    internal void Lose()
    {
        Lost = true;
        source.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        await source.CancelAsync();
        await Renewing;
        source.Dispose();
    }
}
