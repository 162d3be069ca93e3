using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CallCoach.Core.Storage.Migrations;

/// <summary>
/// Hands EF the migration set of the provider the context runs on. Both sets are generated from the one model into
/// this assembly, one namespace each (<c>Migrations.Sqlite</c>, <c>Migrations.Postgres</c>); EF's own lookup would see
/// both. See docs/decisions/022-postgresql-and-migrations.md.
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext current) : IMigrationsAssembly
{
    private (IReadOnlyDictionary<string, TypeInfo> Migrations, TypeInfo? Snapshot)? set;
    private ModelSnapshot? snapshot;

    /// <summary>The namespace (and folder under Storage/Migrations) of a provider's migrations.</summary>
    public static string Namespace(StoreProvider provider) => $"{typeof(ProviderMigrationsAssembly).Namespace}.{provider}";

    public Assembly Assembly => typeof(CallCoachDbContext).Assembly;

    /// <summary>The provider's migrations by id, oldest first.</summary>
    public IReadOnlyDictionary<string, TypeInfo> Migrations => Set.Migrations;

    public ModelSnapshot? ModelSnapshot => snapshot ??= Set.Snapshot is { } type ? (ModelSnapshot)Activator.CreateInstance(type.AsType())! : null;

    private (IReadOnlyDictionary<string, TypeInfo> Migrations, TypeInfo? Snapshot) Set => set ??= Load();

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id =>
            string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(Name(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <summary>A migration id's name: "20261201093000_Initial" → "Initial".</summary>
    public static string Name(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private (IReadOnlyDictionary<string, TypeInfo>, TypeInfo?) Load()
    {
        var context = current.Context.GetType();
        var space = Namespace(current.Context.Database.GetStoreProvider());
        var types = Assembly.DefinedTypes
            .Where(t => !t.IsAbstract && t.Namespace == space && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
            .ToList();
        var migrations = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in types.Where(t => t.IsSubclassOf(typeof(Migration))))
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id
                ?? throw new InvalidOperationException($"The migration {type.FullName} has no [Migration] id; generate migrations with scripts/add-migration.sh.");
            migrations.Add(id, type);
        }

        return (migrations, types.SingleOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot))));
    }
}
