using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.Core.Tests.Storage;

/// <summary>A real SQLite file in a fresh folder, with the schema created, and a <see cref="CallStore"/> over it.</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly TempDirectory folder = new("core");
    private readonly ServiceProvider services;

    private SqliteStore(TimeProvider time)
    {
        var path = folder.File("callcoach.db");
        services = new ServiceCollection()
            .AddDbContextFactory<CallCoachDbContext>(o => o.UseSqlite($"Data Source={path};Pooling=False"))
            .BuildServiceProvider();
        Contexts = services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();
        Store = new CallStore(Contexts, time);
    }

    public IDbContextFactory<CallCoachDbContext> Contexts { get; }

    public CallStore Store { get; }

    public static async Task<SqliteStore> CreateAsync(TimeProvider? time = null)
    {
        var store = new SqliteStore(time ?? TimeProvider.System);
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        return store;
    }

    public void Dispose()
    {
        services.Dispose();
        folder.Dispose();
    }
}
