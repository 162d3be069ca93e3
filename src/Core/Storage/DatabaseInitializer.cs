using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Core.Storage;

/// <summary>Creates the schema before any stage starts. See docs/decisions/003-storage-schema.md.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<CallCoachDbContext> contexts, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while a stage writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            foreach (var change in await SqliteSchemaUpgrade.ApplyAsync(db, cancellationToken))
            {
                logger.LogWarning("The store was made by an earlier CallCoach; {Change}", change);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
