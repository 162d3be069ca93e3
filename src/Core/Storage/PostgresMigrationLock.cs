using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Storage;

/// <summary>
/// One process at a time brings a PostgreSQL store's schema up to date, under a session advisory lock that the server
/// releases when the connection ends, however the process ends. Several instances starting at once on an empty
/// database otherwise race inside EF's own steps: two `CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory"` at the
/// same moment collide on PostgreSQL's catalog (a unique violation, not "already exists").
/// </summary>
public sealed class PostgresMigrationLock : IAsyncDisposable
{
    // Any constant will do as long as every CallCoach uses the same one: "CallCoac" in ASCII.
    private const long Key = 0x43616C6C436F6163;
    private readonly CallCoachDbContext db;

    private PostgresMigrationLock(CallCoachDbContext db) => this.db = db;

    /// <summary>Opens the context's connection and holds the lock on it; EF then migrates over that same connection.</summary>
    public static async Task<PostgresMigrationLock> AcquireAsync(CallCoachDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
            return new PostgresMigrationLock(db);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
