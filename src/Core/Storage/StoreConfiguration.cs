using CallCoach.Core.Paths;
using CallCoach.Core.Storage.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CallCoach.Core.Storage;

/// <summary>The one way a <see cref="CallCoachDbContext"/> is pointed at a database: the service, the CLI verbs, `dotnet ef` and the tests.</summary>
public static class StoreConfiguration
{
    /// <summary>The provider with its connection string, and the migration set generated for that provider.</summary>
    public static TBuilder UseCallCoachStore<TBuilder>(this TBuilder options, StoreProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            StoreProvider.Sqlite => options.UseSqlite(connectionString),
            StoreProvider.Postgres => options.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Data:Provider is sqlite or postgres."),
        };
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        return options;
    }

    /// <summary>The store that `Data:Provider` and `Data:ConnectionString` name.</summary>
    public static TBuilder UseCallCoachStore<TBuilder>(this TBuilder options, DataOptions data)
        where TBuilder : DbContextOptionsBuilder =>
        options.UseCallCoachStore(data.Provider, data.StoreConnectionString);

    /// <summary>Which of the two providers a context runs on.</summary>
    public static StoreProvider GetStoreProvider(this DatabaseFacade database) =>
        database.IsSqlite() ? StoreProvider.Sqlite
        : database.IsNpgsql() ? StoreProvider.Postgres
        : throw new NotSupportedException($"CallCoach's store runs on SQLite or PostgreSQL, not {database.ProviderName}.");
}
