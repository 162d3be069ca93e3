using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Work;

/// <summary>Renews the lease on one call while a stage works on it, and cancels the work if the lease is lost.</summary>
public sealed class LeaseKeeper(CallWorkStore work, TimeProvider time, IOptions<WorkOptions> options, ILogger<LeaseKeeper> logger)
{
    /// <summary>Renews every third of the lease until disposed. <see cref="HeldLease.Token"/> ends with the lease or with <paramref name="ct"/>.</summary>
    public HeldLease Hold(Guid callId, CancellationToken ct)
    {
        var lease = new HeldLease(callId, ct);
        lease.Renewing = RenewAsync(lease);
        return lease;
    }

    private async Task RenewAsync(HeldLease lease)
    {
        var every = options.Value.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, lease.Token);
                if (!await work.RenewAsync(lease.CallId, lease.Token))
                {
                    logger.LogWarning("Lost the lease on call {CallId}; another instance has it now, so this one stops", lease.CallId);
                    lease.Lose();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A store that cannot be reached cannot be renewed in either: stop the work rather than run past the lease.
            logger.LogError(e, "Could not renew the lease on call {CallId}", lease.CallId);
            lease.Lose();
        }
    }
}
