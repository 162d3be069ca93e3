using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCoach.Core.Storage.Migrations;

/// <summary>
/// The context `dotnet ef` builds a migration from: `dotnet ef migrations add X -- --provider sqlite|postgres`, as
/// scripts/add-migration.sh runs it once per provider. Adding a migration opens no database, so the connection
/// strings only choose the provider; the tests build the same contexts to look for changes no migration covers.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CallCoachDbContext>
{
    public CallCoachDbContext CreateDbContext(string[] args)
    {
        if (args is not ["--provider", var name] || !Enum.TryParse<StoreProvider>(name, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new ArgumentException("usage: dotnet ef migrations … -- --provider sqlite|postgres (or scripts/add-migration.sh <Name>)", nameof(args));
        }

        return Create(provider);
    }

    public static CallCoachDbContext Create(StoreProvider provider)
    {
        var connection = provider == StoreProvider.Sqlite ? "Data Source=design-time.db" : "Host=design-time.invalid;Database=callcoach";
        return new CallCoachDbContext(new DbContextOptionsBuilder<CallCoachDbContext>().UseCallCoachStore(provider, connection).Options);
    }
}
