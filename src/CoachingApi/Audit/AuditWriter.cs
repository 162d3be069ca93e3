using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Audit;

/// <summary>Stores audit entries as they come, up to 500 in one transaction; at shutdown it stores what is left.</summary>
public sealed class AuditWriter(AuditLog log, IDbContextFactory<CallCoachDbContext> contexts, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await log.Reader.WaitToReadAsync(stoppingToken))
            {
                await StoreAvailableAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Requests have stopped by now; whatever they recorded is stored below.
        }

        log.Complete();
        await StoreAvailableAsync(CancellationToken.None);
    }

    private async Task StoreAvailableAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = new List<AuditEntryRecord>(BatchSize);
            while (batch.Count < BatchSize && log.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            if (batch.Count == 0)
            {
                return;
            }

            // A failing store must stop the service, not silently lose the record of who read what.
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.AuditEntries.AddRange(batch);
            await db.SaveChangesAsync(ct);
            logger.LogDebug("Stored {Count} audit entries", batch.Count);
        }
    }
}
