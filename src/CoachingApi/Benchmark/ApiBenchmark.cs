using System.Diagnostics;
using CallCoach.CoachingApi.Access;
using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Hosting;
using CallCoach.CoachingApi.Packs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// `callcoach bench api`: seeds a store of the size, starts the real service on loopback over it, times the
/// weekly pack generation for every rep, then drives radar and pack queries at a fixed rate and reports latency
/// percentiles.
/// </summary>
public static class ApiBenchmark
{
    public static async Task<ApiBenchmarkReport> RunAsync(string dataRoot, int reps, int callsPerRep, double rate, TimeSpan duration, TextWriter progress, CancellationToken ct)
    {
        Directory.CreateDirectory(dataRoot);
        var database = Path.Combine(dataRoot, "callcoach.db");
        var clock = Stopwatch.StartNew();
        if (!File.Exists(database))
        {
            await ApiBenchmarkData.SeedAsync(database, reps, callsPerRep, DateTimeOffset.UtcNow, ct);
            await progress.WriteLineAsync($"seeded {reps * callsPerRep} calls of {reps} reps in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // The service's own logs go to stderr, warnings only: stdout is the report.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Data:Root"] = dataRoot,
            // The store seeded above is a SQLite file, whatever the environment names.
            ["Data:Provider"] = "sqlite",
            ["Data:ConnectionString"] = "",
            ["Urls"] = "http://127.0.0.1:0",
            // No scheduled pack run in the middle of the measurement: the benchmark times generation itself.
            ["Packs:WeeklyCron"] = "0 0 0 1 1 ? 2099",
            // One key plays every reader here; a per-caller limit would measure the limiter, not the queries.
            ["Api:RateLimit:Enabled"] = "false",
            ["Auth:BootstrapAdminKeyFile"] = "",
        });
        builder.AddCallCoachStages();
        builder.AddCoachingApi();
        await using var app = builder.Build();
        app.MapCoachingApi();
        await app.StartAsync(ct);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var packs = app.Services.GetRequiredService<PackService>();
            var repIds = await packs.RepsAsync(null, ct);

            // Steady state: the nightly job has computed every radar before anyone asks, as it does at 03:00.
            clock.Restart();
            var radars = await app.Services.GetRequiredService<RadarQueries>().RecomputeAllAsync(ct);
            var recompute = clock.Elapsed.TotalSeconds;
            await progress.WriteLineAsync($"recomputed {radars} radars in {recompute:F1} s");

            clock.Restart();
            var generated = 0;
            foreach (var rep in repIds)
            {
                generated += (await packs.GenerateAsync(rep, "benchmark", ct)).Pack is null ? 0 : 1;
            }

            var generation = clock.Elapsed.TotalSeconds;
            await progress.WriteLineAsync($"generated {generated} packs for {repIds.Count} reps in {generation:F1} s");
            var packIds = (await Task.WhenAll(Enumerable.Range(0, Math.Min(100, reps / 10)).Select(t => packs.ForTeamAsync($"team-{t:000}", packs.CurrentWeek, ct))))
                .SelectMany(p => p).Select(p => p.Id).ToList();

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri(address) };
            // An admin key, so every read passes the same authentication, scope check and audit as a manager's.
            var key = await app.Services.GetRequiredService<ApiKeys>().CreateAsync(Roles.Admin, null, [], "bench api", ct);
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key.Key);
            (string, Func<Random, string>)[] mix =
            [
                ("rep radar", r => $"/api/reps/{repIds[r.Next(repIds.Count)]}/radar"),
                ("rep radar", r => $"/api/reps/{repIds[r.Next(repIds.Count)]}/radar"),
                ("rep radar.svg", r => $"/api/reps/{repIds[r.Next(repIds.Count)]}/radar.svg"),
                ("team radar", r => $"/api/teams/team-{r.Next(reps / 10):000}/radar"),
                ("pack", r => $"/api/packs/{packIds[r.Next(packIds.Count)]}"),
                ("team packs", r => $"/api/teams/team-{r.Next(reps / 10):000}/packs"),
            ];
            await LoadRun.RunAsync(client, mix, rate, TimeSpan.FromSeconds(3), ct);
            var latencies = await LoadRun.RunAsync(client, mix, rate, duration, ct);
            return new ApiBenchmarkReport(reps * callsPerRep, reps, radars, Math.Round(recompute, 1), generated, Math.Round(generation, 1), rate, latencies);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}

public sealed record ApiBenchmarkReport(int Calls, int Reps, int RadarsRecomputed, double RadarRecomputeSeconds, int PacksGenerated, double PackGenerationSeconds, double TargetRate, IReadOnlyList<LatencySummary> Latencies);
