using System.Diagnostics;
using System.Globalization;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach bench pipeline &lt;dir&gt; [--copies N] [--queues &lt;connection string&gt;]`: one instance's throughput
/// from inbox to analyzed, with the stages joined by in-process channels, then (given a storage account, Azurite's
/// will do) by Azure Storage queues, over the same recordings, and the ratio of the two. Each run gets a fresh data
/// folder and queues of its own. Copies of a recording differ in their last sample, so each is a call of its own.
/// </summary>
public static class PipelineBenchmarkCommand
{
    public sealed record Options(string Folder, int Copies, string? Queues);

    private sealed record Run(string Transport, int Calls, double AudioSeconds, double WallSeconds)
    {
        public double CallsPerMinute => Calls / WallSeconds * 60;

        public double AudioPerSecond => AudioSeconds / WallSeconds;
    }

    public static Options? Parse(string[] args)
    {
        if (args is not [var folder, .. var rest] || folder.StartsWith('-'))
        {
            return null;
        }

        var options = new Options(folder, 2, null);
        for (var i = 0; i + 1 < rest.Length; i += 2)
        {
            options = (rest[i], rest[i + 1]) switch
            {
                ("--copies", var n) when int.TryParse(n, CultureInfo.InvariantCulture, out var copies) && copies is > 0 and <= 100 => options with { Copies = copies },
                ("--queues", var connection) => options with { Queues = connection },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return rest.Length % 2 == 0 ? options : null;
    }

    public static async Task<int> RunAsync(Options options, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var recordings = Directory.Exists(options.Folder)
            ? Directory.EnumerateFiles(options.Folder).Where(f => Path.GetExtension(f) is ".wav" or ".mp3" or ".vtt" or ".srt").Order().ToList()
            : [];
        if (recordings.Count == 0)
        {
            await stderr.WriteLineAsync($"callcoach: {options.Folder}: no recordings or transcripts");
            return 1;
        }

        var runs = new List<Run> { await RunOnceAsync(WorkTransport.Channels, recordings, options, stderr, ct) };
        if (options.Queues is not null)
        {
            runs.Add(await RunOnceAsync(WorkTransport.Queues, recordings, options, stderr, ct));
        }

        await stdout.WriteLineAsync($"{"transport",-10} {"calls",6} {"audio s",9} {"wall s",8} {"calls/min",10} {"audio s/s",10}");
        foreach (var run in runs)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{run.Transport,-10} {run.Calls,6} {run.AudioSeconds,9:F0} {run.WallSeconds,8:F1} {run.CallsPerMinute,10:F2} {run.AudioPerSecond,10:F2}"));
        }

        if (runs is [var channels, var queues])
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"queues / channels throughput: {queues.AudioPerSecond / channels.AudioPerSecond:F3}"));
        }

        return runs.All(r => r.Calls == recordings.Count * options.Copies) ? 0 : 1;
    }

    private static async Task<Run> RunOnceAsync(WorkTransport transport, List<string> recordings, Options options, TextWriter stderr, CancellationToken ct)
    {
        var data = Path.Combine(Path.GetTempPath(), $"callcoach-bench-pipeline-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?>
        {
            ["Data:Root"] = data,
            ["Ingest:SettleTime"] = "00:00:00.200",
            ["Ingest:PollInterval"] = "00:00:00.200",
            ["Work:Transport"] = transport.ToString(),
            ["Work:QueueConnectionString"] = options.Queues,
            ["Work:QueuePrefix"] = $"bench-{Guid.NewGuid():N}"[..20],
            ["Work:InstanceName"] = "bench",
        };
        // The verbs' host, started this once: the same stages as the service, without its API.
        using var host = CliHost.Build(settings);
        await host.StartAsync(ct);
        try
        {
            var inbox = Path.Combine(data, "inbox");
            Directory.CreateDirectory(inbox);
            var expected = recordings.Count * options.Copies;
            var clock = Stopwatch.StartNew();
            for (var copy = 0; copy < options.Copies; copy++)
            {
                foreach (var recording in recordings)
                {
                    await DropCopyAsync(recording, copy, inbox, ct);
                }
            }

            var contexts = host.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();
            int done;
            do
            {
                await Task.Delay(250, ct);
                await using var db = await contexts.CreateDbContextAsync(ct);
                done = await db.Calls.CountAsync(c => c.Status == CallStatus.Analyzed || c.Status == CallStatus.Parked, ct);
            }
            while (done < expected && clock.Elapsed < TimeSpan.FromHours(2));

            var wall = clock.Elapsed.TotalSeconds;
            await using var store = await contexts.CreateDbContextAsync(ct);
            var analyzed = await store.Calls.Where(c => c.Status == CallStatus.Analyzed).Select(c => c.DurationSeconds ?? 0).ToListAsync(ct);
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{transport}: {analyzed.Count} of {expected} calls analyzed in {wall:F1} s"));
            return new Run(transport.ToString().ToLowerInvariant(), analyzed.Count, analyzed.Sum(), wall);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A copy that differs from the original in its last byte (a WAV's last sample, an MP3's padding, a transcript's trailing space).</summary>
    private static async Task DropCopyAsync(string recording, int copy, string inbox, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(recording, ct);
        if (copy > 0)
        {
            bytes[^1] ^= (byte)copy;
        }

        var name = $"{Path.GetFileNameWithoutExtension(recording)}-{copy}{Path.GetExtension(recording)}";
        var partial = Path.Combine(inbox, name + ".part");
        await File.WriteAllBytesAsync(partial, bytes, ct);
        File.Move(partial, Path.Combine(inbox, name));
    }
}
