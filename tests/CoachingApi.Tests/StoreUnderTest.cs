using System.Collections.Concurrent;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests;

/// <summary>
/// `CALLCOACH_TEST_STORE=postgres dotnet test tests/CoachingApi.Tests` runs every host of this suite on PostgreSQL: one
/// throwaway cluster for the run, stopped when the test process exits (its temp folder may outlive it: the test host
/// does not always wait for the deletion), and one database per data folder, so two hosts
/// over one folder share it as a restart does. Off by default: the suite's own PostgreSQL test is PostgresHostTests.
/// Three tests search the SQLite file's bytes and fail in this mode (ScopeAndAuditTests.TheStoreKeepsOnlyAHashOfAKey…,
/// RedactedCallsTests.AnUploadedTranscriptIsStored… and RedactedCallsTests.OriginalsKeptByConfiguration…).
/// </summary>
internal static class StoreUnderTest
{
    private static readonly Lazy<PostgresServer> Server = new(() =>
    {
        var server = new PostgresServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    private static readonly ConcurrentDictionary<string, Lazy<string>> Databases = new();

    public static bool IsPostgres => Environment.GetEnvironmentVariable("CALLCOACH_TEST_STORE") == "postgres";

    /// <summary>The connection string of the data folder's database.</summary>
    public static string PostgresFor(string dataRoot) =>
        Databases.GetOrAdd(dataRoot, _ => new Lazy<string>(() => Server.Value.CreateDatabaseAsync("api").GetAwaiter().GetResult())).Value;
}
