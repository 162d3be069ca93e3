using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CallCoach.Core.Tests.Storage;

/// <summary>
/// A real store and a <see cref="CallStore"/> over it: a SQLite file in a fresh folder, or a fresh database on the
/// test's PostgreSQL cluster. Its schema is made as the service makes it, by <see cref="DatabaseInitializer"/>.
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly TempDirectory? folder;
    private readonly ServiceProvider services;

    private TestStore(StoreProvider provider, string connectionString, TempDirectory? folder, TimeProvider time)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        services = new ServiceCollection()
            .AddDbContextFactory<CallCoachDbContext>(o => o.UseCallCoachStore(provider, connectionString))
            .BuildServiceProvider();
        Contexts = services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();
        Store = new CallStore(Contexts, time);
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<CallCoachDbContext> Contexts { get; }

    public CallStore Store { get; }

    /// <summary>A SQLite file whose schema is not made yet; <see cref="StartAsync"/> makes it.</summary>
    public static TestStore EmptySqlite(TimeProvider? time = null)
    {
        var folder = new TempDirectory("core");
        return new TestStore(StoreProvider.Sqlite, $"Data Source={folder.File("callcoach.db")};Pooling=False", folder, time ?? TimeProvider.System);
    }

    public static async Task<TestStore> SqliteAsync(TimeProvider? time = null)
    {
        var store = EmptySqlite(time);
        await store.StartAsync();
        return store;
    }

    /// <summary>An empty database on the test cluster; <see cref="StartAsync"/> makes the schema.</summary>
    public static async Task<TestStore> EmptyPostgresAsync(PostgresServer server, TimeProvider? time = null) =>
        new(StoreProvider.Postgres, await server.CreateDatabaseAsync("core"), null, time ?? TimeProvider.System);

    public static async Task<TestStore> PostgresAsync(PostgresServer server, TimeProvider? time = null)
    {
        var store = await EmptyPostgresAsync(server, time);
        await store.StartAsync();
        return store;
    }

    /// <summary>What the service does at start: migrations, and the baseline of a store made before them.</summary>
    public Task StartAsync() =>
        new DatabaseInitializer(Contexts, NullLogger<DatabaseInitializer>.Instance).StartAsync(CancellationToken.None);

    public void Dispose()
    {
        services.Dispose();
        if (Provider == StoreProvider.Postgres)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }

        folder?.Dispose();
    }
}
