using System.Collections.Concurrent;
using System.Diagnostics;

namespace CallCoach.CoachingApi.Tests.Jobs;

/// <summary>One run of <see cref="RecordingJob"/>: the fire time it ran for and the scheduler node that ran it.</summary>
public sealed record Firing(DateTimeOffset ScheduledFor, string Node);

/// <summary>What the recording job ran on every node of a test; the nodes' containers share one log.</summary>
public sealed class FiringLog
{
    private readonly ConcurrentQueue<Firing> firings = new();

    public IReadOnlyList<Firing> Firings => [.. firings];

    public void Add(Firing firing) => firings.Enqueue(firing);

    /// <summary>Waits until <paramref name="count"/> runs are logged; the schedulers run on the real clock of a busy machine.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (firings.Count < count)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"{firings.Count} of {count} runs after {timeout}");
            }

            await Task.Delay(100);
        }
    }
}
