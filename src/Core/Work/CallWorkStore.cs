using System.Text.Json;
using CallCoach.Core.Storage;
using CallCoach.Core.Transcripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Work;

/// <summary>
/// The durable state machine's writes: leases that keep two workers (or two machines) off one call, the transcript
/// kept between stages, failures with back-off, parking and queueing again. Every change is one guarded statement
/// or one transaction, so a process killed at any moment leaves a state the next start can resume.
/// </summary>
public sealed class CallWorkStore(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time, IOptions<WorkOptions> options)
{
    public string Instance => options.Value.EffectiveInstanceName;

    /// <summary>
    /// Takes the lease on a call that is in <paramref name="state"/> (or <paramref name="orState"/>) and that nobody
    /// else holds. False when it has moved on or another instance is on it.
    /// </summary>
    public async Task<bool> TryClaimAsync(Guid callId, CallStatus state, CallStatus? orState, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var other = orState ?? state;
        var me = Instance;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var claimed = await db.Calls
            .Where(c => c.Id == callId && (c.Status == state || c.Status == other)
                && (c.LeaseOwner == null || c.LeaseOwner == me || c.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.LeaseOwner, me)
                .SetProperty(c => c.LeaseExpiresAt, now + options.Value.LeaseDuration), ct);
        return claimed == 1;
    }

    /// <summary>Extends this instance's lease. False when it was lost (it expired and another instance took the call).</summary>
    public async Task<bool> RenewAsync(Guid callId, CancellationToken ct)
    {
        var me = Instance;
        var until = time.GetUtcNow() + options.Value.LeaseDuration;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.Where(c => c.Id == callId && c.LeaseOwner == me)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeaseExpiresAt, until), ct) == 1;
    }

    /// <summary>Hands a call back without changing its state, as at shutdown.</summary>
    public async Task ReleaseAsync(Guid callId, CancellationToken ct)
    {
        var me = Instance;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Calls.Where(c => c.Id == callId && c.LeaseOwner == me)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), ct);
    }

    /// <summary>At start: leases under this instance's name were its previous life's, and nobody works on them now.</summary>
    public async Task<int> ReleaseLeasesOfEarlierRunAsync(CancellationToken ct)
    {
        var me = Instance;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.Where(c => c.LeaseOwner == me)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), ct);
    }

    /// <summary>
    /// received → transcribed, with the transcript kept for analysis, and the lease let go: whichever analysis worker
    /// takes the call next (this process's, or another's through the queue) leases it afresh. False when the lease
    /// was lost.
    /// </summary>
    public async Task<bool> SaveTranscriptAsync(Guid callId, double durationSeconds, IReadOnlyList<TranscriptSegment> segments, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var me = Instance;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Calls.Where(c => c.Id == callId && c.LeaseOwner == me && c.Status == CallStatus.Received)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, CallStatus.Transcribed)
                .SetProperty(c => c.TranscribedAt, now)
                .SetProperty(c => c.DurationSeconds, durationSeconds)
                .SetProperty(c => c.Attempts, 0)
                .SetProperty(c => c.RetryFrom, (CallStatus?)null)
                .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(c => c.FailureReason, (string?)null)
                .SetProperty(c => c.LeaseOwner, (string?)null)
                .SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        if (moved != 1)
        {
            return false;
        }

        await db.PendingTranscripts.Where(p => p.CallId == callId).ExecuteDeleteAsync(ct);
        db.PendingTranscripts.Add(new PendingTranscriptRecord
        {
            CallId = callId,
            DurationSeconds = durationSeconds,
            SegmentsJson = JsonSerializer.Serialize(segments, TranscriptJson.Default.IReadOnlyListTranscriptSegment),
        });
        CallTransitions.Add(db, callId, CallStatus.Received, CallStatus.Transcribed, me, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The transcript a transcribed call left for analysis; null when there is none.</summary>
    public async Task<(double DurationSeconds, IReadOnlyList<TranscriptSegment> Segments)?> LoadTranscriptAsync(Guid callId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = await db.PendingTranscripts.AsNoTracking().FirstOrDefaultAsync(p => p.CallId == callId, ct);
        return pending is null
            ? null
            : (pending.DurationSeconds, JsonSerializer.Deserialize(pending.SegmentsJson, TranscriptJson.Default.IReadOnlyListTranscriptSegment)!);
    }

    /// <summary>
    /// A stage of a call this instance holds failed: it is tried again from the state it is in after a back-off, or
    /// parked once the attempts are used up (or at once when <paramref name="permanent"/>).
    /// </summary>
    /// <returns>The call's new state; null when the lease was lost and the failure is someone else's to record.</returns>
    public async Task<CallStatus?> RecordFailureAsync(Guid callId, string reason, bool permanent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var me = Instance;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId && c.LeaseOwner == me)
            .Select(c => new { c.Status, c.Attempts }).FirstOrDefaultAsync(ct);
        if (call is null)
        {
            return null;
        }

        var attempts = call.Attempts + 1;
        var parked = permanent || attempts >= options.Value.MaxAttempts;
        var next = parked ? CallStatus.Parked : CallStatus.Failed;
        DateTimeOffset? retryAt = parked ? null : now + options.Value.RetryDelay(attempts);
        await db.Calls.Where(c => c.Id == callId && c.LeaseOwner == me)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, next)
                .SetProperty(c => c.Attempts, attempts)
                .SetProperty(c => c.RetryFrom, call.Status)
                .SetProperty(c => c.NextAttemptAt, retryAt)
                .SetProperty(c => c.FailureReason, reason)
                .SetProperty(c => c.LeaseOwner, (string?)null)
                .SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        CallTransitions.Add(db, callId, call.Status, next, me, now, $"attempt {attempts}: {reason}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return next;
    }

    /// <summary>Failed calls whose back-off is over go back to the state they are retried from.</summary>
    /// <returns>How many were revived.</returns>
    public async Task<int> ReviveDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await db.Calls.AsNoTracking()
            .Where(c => c.Status == CallStatus.Failed && c.NextAttemptAt <= now)
            .OrderBy(c => c.NextAttemptAt).Select(c => new { c.Id, c.RetryFrom, c.Attempts }).Take(500).ToListAsync(ct);
        var revived = 0;
        foreach (var call in due)
        {
            var back = call.RetryFrom ?? CallStatus.Received;
            // Guarded by the state, so of two instances reviving at once only one writes the history.
            var moved = await db.Calls.Where(c => c.Id == call.Id && c.Status == CallStatus.Failed)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.Status, back)
                    .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
                    .SetProperty(c => c.QueuedAt, (DateTimeOffset?)null), ct);
            if (moved == 1)
            {
                CallTransitions.Add(db, call.Id, CallStatus.Failed, back, Instance, now, $"attempt {call.Attempts + 1}");
                revived++;
            }
        }

        await db.SaveChangesAsync(ct);
        return revived;
    }

    /// <summary>
    /// Calls waiting for a stage with no live lease on them (never started, handed back, or left by a crashed
    /// instance whose lease ran out), oldest first, except those this process already has on the way. A call this
    /// instance leases is in its hands (being archived, or worked on), so it is not listed either.
    /// </summary>
    /// <param name="notQueuedSince">With queues: only calls not put on a queue since then (their message may be lost).</param>
    public async Task<IReadOnlyList<CallRecord>> ListRunnableAsync(
        IReadOnlyCollection<Guid> inFlight, int limit, CancellationToken ct, DateTimeOffset? notQueuedSince = null)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var runnable = db.Calls.AsNoTracking()
            .Where(c => (c.Status == CallStatus.Received || c.Status == CallStatus.Transcribed)
                && (c.LeaseOwner == null || c.LeaseExpiresAt < now));
        if (notQueuedSince is { } since)
        {
            runnable = runnable.Where(c => c.QueuedAt == null || c.QueuedAt < since);
        }

        var candidates = await runnable.OrderBy(c => c.Id).Take(limit + inFlight.Count).ToListAsync(ct);
        return [.. candidates.Where(c => !inFlight.Contains(c.Id)).Take(limit)];
    }

    public async Task<IReadOnlyList<CallRecord>> ListParkedAsync(int skip, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.AsNoTracking().Where(c => c.Status == CallStatus.Parked)
            .OrderBy(c => c.Id).Skip(skip).Take(take).ToListAsync(ct);
    }

    /// <summary>A parked call goes back to the state it failed from, with its attempts counted afresh.</summary>
    /// <returns>False when the call is not parked.</returns>
    public async Task<bool> RequeueAsync(Guid callId, string by, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var retryFrom = await db.Calls.Where(c => c.Id == callId && c.Status == CallStatus.Parked).Select(c => c.RetryFrom).ToListAsync(ct);
        if (retryFrom.Count == 0)
        {
            return false;
        }

        var back = retryFrom[0] ?? CallStatus.Received;
        await db.Calls.Where(c => c.Id == callId && c.Status == CallStatus.Parked)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, back)
                .SetProperty(c => c.Attempts, 0)
                .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(c => c.QueuedAt, (DateTimeOffset?)null), ct);
        CallTransitions.Add(db, callId, CallStatus.Parked, back, Instance, now, $"queued again by {by}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// With the queue transport: records that the call is being put on a queue now, unless it was put there less
    /// than <see cref="WorkOptions.QueueResendAfter"/> ago (by another instance's work loop, say).
    /// </summary>
    /// <returns>False when it is on a queue already, so no second message is needed.</returns>
    public async Task<bool> MarkQueuedAsync(Guid callId, bool force, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var before = now - options.Value.QueueResendAfter;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var calls = db.Calls.Where(c => c.Id == callId);
        if (!force)
        {
            calls = calls.Where(c => c.QueuedAt == null || c.QueuedAt < before);
        }

        return await calls.ExecuteUpdateAsync(set => set.SetProperty(c => c.QueuedAt, now), ct) == 1;
    }

    /// <summary>
    /// Parks a call whatever its lease: its queue message was taken again and again and never finished, so every taker
    /// died on it (a recording that crashes the recognizer, say). It waits with its reason for someone to look.
    /// </summary>
    public async Task<bool> ParkAsync(Guid callId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId)
            .Select(c => new { c.Status, c.RetryFrom, c.Attempts }).FirstOrDefaultAsync(ct);
        if (call is null || call.Status is CallStatus.Analyzed or CallStatus.Parked)
        {
            return false;
        }

        var retryFrom = call.Status == CallStatus.Failed ? call.RetryFrom ?? CallStatus.Received : call.Status;
        await db.Calls.Where(c => c.Id == callId).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.Status, CallStatus.Parked)
            .SetProperty(c => c.RetryFrom, retryFrom)
            .SetProperty(c => c.Attempts, call.Attempts + 1)
            .SetProperty(c => c.FailureReason, reason)
            .SetProperty(c => c.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(c => c.LeaseOwner, (string?)null)
            .SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        CallTransitions.Add(db, callId, call.Status, CallStatus.Parked, Instance, now, reason);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
