using CallCoach.Testing;

namespace CallCoach.Core.Tests.Storage;

/// <summary>The tests that need PostgreSQL share one throwaway cluster, each with databases of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
