namespace CallCoach.Core.Storage;

/// <summary>The database behind the store (`Data:Provider`). Each has its own migration set, generated from the one model.</summary>
public enum StoreProvider
{
    /// <summary>An embedded file, `callcoach.db` under `Data:Root`: one machine, nothing to run beside it.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by `Data:ConnectionString`: the store several machines share.</summary>
    Postgres,
}
