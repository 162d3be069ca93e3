using System.Collections.Concurrent;

namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// Signatures already taken, each kept until its timestamp leaves the accepted window (after that the timestamp
/// check refuses it anyway). Only verified signatures are kept, so its size is bounded by real traffic, not by
/// what an attacker sends.
/// </summary>
public sealed class SeenSignatures(TimeProvider time)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long nextSweepTicks;

    public int Count => seen.Count;

    /// <summary>True the first time a key is offered within its lifetime; false for a replay.</summary>
    public bool TryRemember(string key, DateTimeOffset expires)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        while (true)
        {
            if (seen.TryAdd(key, expires))
            {
                return true;
            }

            if (!seen.TryGetValue(key, out var until))
            {
                continue;
            }

            if (until > now)
            {
                return false;
            }

            if (seen.TryUpdate(key, expires, until))
            {
                return true;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (key, until) in seen)
        {
            if (until <= now)
            {
                seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
            }
        }
    }
}
