using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// The table of meeting downloads: webhooks add to it before they answer, the downloader takes due rows from it and
/// writes back what happened. Rows are never deleted; a failure only moves the next attempt later.
/// </summary>
public sealed class MeetingDownloadQueue(
    IDbContextFactory<CallCoachDbContext> contexts,
    MeetingDoorbell doorbell,
    IOptions<MeetingsOptions> options,
    TimeProvider time)
{
    public async Task<EnqueueOutcome> EnqueueAsync(string vendor, string eventKey, string externalId, string payload, CancellationToken ct)
    {
        // Two deliveries of one event can arrive together; the unique index lets one insert win, and the other
        // then finds its row on the second pass.
        for (var pass = 0; ; pass++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var existing = await db.MeetingDownloads.FirstOrDefaultAsync(d => d.Vendor == vendor && d.EventKey == eventKey, ct);
            if (existing is null)
            {
                var now = time.GetUtcNow();
                db.MeetingDownloads.Add(new MeetingDownloadRecord
                {
                    Id = Guid.CreateVersion7(now),
                    Vendor = vendor,
                    EventKey = eventKey,
                    ExternalId = externalId,
                    Payload = payload,
                    Status = MeetingDownloadStatus.Pending,
                    ReceivedAt = now,
                    NextAttemptAt = now,
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException) when (pass == 0)
                {
                    continue;
                }

                doorbell.Ring();
                return EnqueueOutcome.Queued;
            }

            if (existing.Status == MeetingDownloadStatus.Done)
            {
                return EnqueueOutcome.AlreadyDone;
            }

            if (existing.Payload == payload)
            {
                return EnqueueOutcome.AlreadyQueued;
            }

            // A later event about the same recording knows more (Zoom's transcript arrives after the audio) and carries
            // a fresh download token, so it replaces the stored one and is tried at once, even if it had been parked.
            existing.Payload = payload;
            existing.Status = MeetingDownloadStatus.Pending;
            existing.NextAttemptAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            doorbell.Ring();
            return EnqueueOutcome.Refreshed;
        }
    }

    public async Task<IReadOnlyList<MeetingDownloadRecord>> DueAsync(IReadOnlyList<string> vendors, int count, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingDownloads.AsNoTracking()
            .Where(d => d.Status == MeetingDownloadStatus.Pending && d.NextAttemptAt <= now && vendors.Contains(d.Vendor))
            .OrderBy(d => d.NextAttemptAt)
            .Take(count)
            .ToListAsync(ct);
    }

    /// <summary>When the earliest waiting download is due, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(IReadOnlyList<string> vendors, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingDownloads
            .Where(d => d.Status == MeetingDownloadStatus.Pending && vendors.Contains(d.Vendor))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => (DateTimeOffset?)d.NextAttemptAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The intake took the file: done, or parked when it had to quarantine it (the note says why).</summary>
    public async Task FinishAsync(Guid id, MeetingDownloadStatus status, Guid? callId, string? note, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var download = await db.MeetingDownloads.FirstAsync(d => d.Id == id, ct);
        download.Status = status;
        download.CallId = callId;
        download.LastError = note;
        download.CompletedAt = time.GetUtcNow();
        download.Attempts++;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a failed attempt and when the next one is due; past the limit the row is parked, still kept.</summary>
    public async Task<MeetingDownloadRecord> FailAsync(Guid id, string error, TimeSpan? vendorWait, CancellationToken ct)
    {
        var limits = options.Value;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var download = await db.MeetingDownloads.FirstAsync(d => d.Id == id, ct);
        download.Attempts++;
        download.LastError = error;
        download.NextAttemptAt = time.GetUtcNow() + RetryDelay(download.Attempts, vendorWait, limits);
        if (download.Attempts >= limits.MaxAttempts)
        {
            download.Status = MeetingDownloadStatus.Parked;
        }

        await db.SaveChangesAsync(ct);
        return download;
    }

    /// <summary>Doubling from the first delay, capped; a vendor that said how long to wait is waited for, up to the cap.</summary>
    public static TimeSpan RetryDelay(int attempts, TimeSpan? vendorWait, MeetingsOptions limits)
    {
        var doubled = limits.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(attempts - 1, 40));
        var backoff = TimeSpan.FromTicks((long)Math.Min(doubled, limits.MaxRetryDelay.Ticks));
        return vendorWait is { } wait && wait > backoff ? (wait < limits.MaxRetryDelay ? wait : limits.MaxRetryDelay) : backoff;
    }
}
