using CallCoach.Core.Storage.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Core.Storage;

/// <summary>
/// Brings the store's schema up to date before any stage starts: a new store gets every migration, a store made
/// before migrations is baselined first (<see cref="PreMigrationStore"/>). See docs/decisions/022-postgresql-and-migrations.md.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<CallCoachDbContext> contexts, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.GetService<IMigrationsAssembly>() is not ProviderMigrationsAssembly)
        {
            throw new InvalidOperationException("The store's context must be configured with UseCallCoachStore, which picks the provider's migrations.");
        }

        if (db.Database.HasPendingModelChanges())
        {
            throw new InvalidOperationException(
                $"The {db.Database.GetStoreProvider()} migrations do not cover the model: add one with scripts/add-migration.sh <Name> (docs/decisions/022-postgresql-and-migrations.md).");
        }

        if (db.Database.GetStoreProvider() != StoreProvider.Sqlite)
        {
            await using var migrating = await PostgresMigrationLock.AcquireAsync(db, cancellationToken);
            await MigrateAsync(db, cancellationToken);
            return;
        }

        // WAL lets the API read while a stage writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        using var exclusive = await SqliteMigrationLock.AcquireAsync(db, cancellationToken);
        foreach (var change in await PreMigrationStore.BaselineAsync(db, cancellationToken))
        {
            logger.LogWarning("The store was made by a CallCoach before migrations; {Change}", change);
        }

        await MigrateAsync(db, cancellationToken);
    }

    private async Task MigrateAsync(CallCoachDbContext db, CancellationToken ct)
    {
        // Migrate takes the database's migration lock even when there is nothing to do; most starts skip it.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {Count} migration(s) to the {Provider} store: {Migrations}", pending.Count, db.Database.GetStoreProvider(), string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
