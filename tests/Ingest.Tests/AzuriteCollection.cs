using CallCoach.Testing;

namespace CallCoach.Ingest.Tests;

/// <summary>One Azurite for every test class of this project that talks to blob storage.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<Azurite>
{
    public const string Name = "azurite";
}
