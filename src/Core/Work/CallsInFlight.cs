using System.Collections.Concurrent;

namespace CallCoach.Core.Work;

/// <summary>
/// The calls this process has queued to its stages and not yet finished, so the work loop does not queue them a
/// second time while they wait in a channel. Across processes the store's leases do that job.
/// </summary>
public sealed class CallsInFlight
{
    private readonly ConcurrentDictionary<Guid, byte> calls = new();

    /// <returns>False when the call is already on its way.</returns>
    public bool TryAdd(Guid callId) => calls.TryAdd(callId, 0);

    public void Remove(Guid callId) => calls.TryRemove(callId, out _);

    public bool Contains(Guid callId) => calls.ContainsKey(callId);

    public IReadOnlyCollection<Guid> Snapshot() => [.. calls.Keys];
}
