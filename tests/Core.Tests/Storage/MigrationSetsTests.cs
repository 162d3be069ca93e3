using CallCoach.Core.Storage;
using CallCoach.Core.Storage.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CallCoach.Core.Tests.Storage;

/// <summary>
/// The two migration sets follow the one model: a model change without a migration, or a migration added to one set
/// only, fails here. The fix is scripts/add-migration.sh &lt;Name&gt;.
/// </summary>
public sealed class MigrationSetsTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public void TheMigrationsCoverEveryChangeToTheModel(StoreProvider provider)
    {
        using var db = DesignTimeContextFactory.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes no {provider} migration covers: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrationsInTheSameOrderStartingWithInitial()
    {
        using var sqlite = DesignTimeContextFactory.Create(StoreProvider.Sqlite);
        using var postgres = DesignTimeContextFactory.Create(StoreProvider.Postgres);

        var sqliteNames = sqlite.Database.GetMigrations().Select(ProviderMigrationsAssembly.Name).ToList();
        var postgresNames = postgres.Database.GetMigrations().Select(ProviderMigrationsAssembly.Name).ToList();

        Assert.Equal("Initial", sqliteNames.FirstOrDefault());
        Assert.Equal(sqliteNames, postgresNames);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.Postgres)]
    public void EachProviderIsHandedOnlyItsOwnSetAndSnapshot(StoreProvider provider)
    {
        using var db = DesignTimeContextFactory.Create(provider);
        var migrations = db.GetService<IMigrationsAssembly>();
        var space = ProviderMigrationsAssembly.Namespace(provider);

        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, type => Assert.Equal(space, type.Namespace));
        Assert.Equal(space, migrations.ModelSnapshot!.GetType().Namespace);
    }
}
