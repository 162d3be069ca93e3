using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Core.Storage;

/// <summary>
/// One process at a time brings a SQLite file's schema up to date, under an operating-system lock on a file beside it
/// that ends with the process however it ends. EF's own migration lock on SQLite is a row in __EFMigrationsLock: a
/// process killed while holding it leaves the row behind, and every later start would wait on it for ever. Under
/// this lock no other CallCoach is migrating the file, so such a row is stale and is removed.
/// </summary>
public sealed class SqliteMigrationLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);
    private readonly FileStream? file;

    private SqliteMigrationLock(FileStream? file) => this.file = file;

    public static async Task<SqliteMigrationLock> AcquireAsync(CallCoachDbContext db, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:")
        {
            return new SqliteMigrationLock(null);
        }

        var path = Path.GetFullPath(source) + "-migrations.lock";
        var held = new SqliteMigrationLock(await OpenExclusiveAsync(path, ct));
        try
        {
            await RemoveStaleEfLockAsync(db, ct);
            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another CallCoach process is migrating this store; that takes a second or two.
                await Task.Delay(Retry, ct);
            }
        }
    }

    private static async Task RemoveStaleEfLockAsync(CallCoachDbContext db, CancellationToken ct)
    {
        var exists = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct);
        if (exists > 0)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsLock\"", ct);
        }
    }

    public void Dispose() => file?.Dispose();
}
