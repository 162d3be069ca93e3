using System.Diagnostics;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// An open-loop load: requests start on a fixed schedule whether or not earlier ones finished, and each latency is
/// counted from when the request was due, so a slow server cannot hide its queue (no coordinated omission).
/// </summary>
public static class LoadRun
{
    public static async Task<IReadOnlyList<LatencySummary>> RunAsync(
        HttpClient client, IReadOnlyList<(string Kind, Func<Random, string> Url)> mix, double rate, TimeSpan duration, CancellationToken ct)
    {
        var random = new Random(7);
        var results = new List<(string Kind, double Milliseconds, bool Ok)>();
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(rate * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            var (kind, url) = mix[random.Next(mix.Count)];
            var path = url(random);
            pending.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    using var response = await client.GetAsync(path, ct);
                    await response.Content.LoadIntoBufferAsync(ct);
                    ok = response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                var latency = (clock.Elapsed - due).TotalMilliseconds;
                lock (results)
                {
                    results.Add((kind, latency, ok));
                }
            }, ct));
        }

        await Task.WhenAll(pending);
        var seconds = clock.Elapsed.TotalSeconds;
        return [.. results.GroupBy(r => r.Kind).Append(results.GroupBy(_ => "all").Single()).Select(g => LatencySummary.Of(g.Key, [.. g.Select(r => r.Milliseconds)], g.Count(r => !r.Ok), seconds))];
    }
}

public sealed record LatencySummary(string Kind, int Requests, int Errors, double PerSecond, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string kind, List<double> milliseconds, int errors, double seconds)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        return new LatencySummary(kind, milliseconds.Count, errors, Math.Round(milliseconds.Count / seconds, 1),
            Math.Round(At(0.50), 1), Math.Round(At(0.95), 1), Math.Round(At(0.99), 1), Math.Round(milliseconds[^1], 1));
    }
}
