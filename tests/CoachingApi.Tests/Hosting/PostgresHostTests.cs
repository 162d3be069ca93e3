using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace CallCoach.CoachingApi.Tests.Hosting;

/// <summary>The real host with `Data:Provider=postgres` on a throwaway PostgreSQL cluster: migrations at start, a call through the pipeline, the API over it, the jobs in Quartz's store.</summary>
public sealed class PostgresHostTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempDirectory data = new("postgres-host");

    private sealed class OnPostgres(string dataRoot, string connectionString) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Data:Provider", "postgres");
            builder.UseSetting("Data:ConnectionString", connectionString);
        }
    }

    [Fact]
    public async Task ATranscriptDroppedInTheInboxIsAnalyzedIntoPostgreSqlAndReadBackThroughTheApi()
    {
        var connectionString = await server.CreateDatabaseAsync("host");
        await using var app = new OnPostgres(data.Path, connectionString);
        using var client = app.CreateClient();
        var incoming = data.File("incoming");
        Directory.CreateDirectory(incoming);
        await File.WriteAllTextAsync(Path.Combine(incoming, "renewal.json"),
            """{"repId":"rep-7","repName":"Anna Lee","teamId":"east","startedAt":"2026-03-01T09:30:00+08:00"}""");
        await File.WriteAllTextAsync(Path.Combine(incoming, "renewal.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Anna Lee>Our trial period is thirty days.\n\n" +
            "00:01:55.000 --> 00:02:00.000\n<v Bob>What would the price be for forty seats?\n");

        await app.DropAsync(Path.Combine(incoming, "renewal.json"));
        await app.DropAsync(Path.Combine(incoming, "renewal.vtt"));
        var summary = Assert.Single(await app.WaitForFinishedCallsAsync(1, TimeSpan.FromMinutes(1)));
        var call = await app.WaitForCallAsync(summary.Id, TimeSpan.FromSeconds(10));

        Assert.Equal(("analyzed", "renewal.vtt", "rep-7", "east"), (call.Call.Status, call.Call.FileName, call.Call.RepId, call.Call.TeamId));
        Assert.True(call.Call.Effective);
        Assert.Equal(120, call.Call.DurationSeconds);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero), call.Call.StartedAt);
        Assert.Equal(["rep", "customer"], call.Segments.Select(s => s.Speaker));
        Assert.Contains(call.Keywords, k => k.Term == "trial period");
        Assert.NotEmpty(call.AxisScores);

        // Filters with an offset other than UTC: 09:00+08:00 is before the call, 10:00+08:00 after it.
        var from = await client.GetFromJsonAsync<CallPage>("/api/calls?teamId=east&from=2026-03-01T09:00:00%2B08:00");
        var later = await client.GetFromJsonAsync<CallPage>("/api/calls?teamId=east&from=2026-03-01T10:00:00%2B08:00");
        Assert.Equal([summary.Id], from!.Items.Select(c => c.Id));
        Assert.Empty(later!.Items);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reps/rep-7/radar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        // The rows are in PostgreSQL, and no SQLite file was made beside the data.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Calls" WHERE "Status" = 'Analyzed'""", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        // The scheduled jobs' triggers too: Quartz created its tables there, under the name every node shares.
        await using var triggers = new NpgsqlCommand("SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'callcoach'", connection);
        Assert.Equal(4L, await triggers.ExecuteScalarAsync());
        Assert.False(File.Exists(Path.Combine(data.Path, "callcoach.db")));
    }

    public void Dispose() => data.Dispose();
}
