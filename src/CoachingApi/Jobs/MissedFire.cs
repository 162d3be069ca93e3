using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// The scheduler keeps its triggers in memory, so a fire time that passed while the service was down would be lost.
/// A job whose runs are idempotent (one pack per rep and week) is therefore also run once at start when its last
/// fire time lies within the look-back: a Monday missed by a restart is made up, and a run that already happened
/// finds nothing left to do.
/// </summary>
public static class MissedFire
{
    public static DateTimeOffset? Last(string cron, TimeZoneInfo zone, DateTimeOffset now, TimeSpan lookBack)
    {
        var expression = new CronExpression(cron, zone);
        DateTimeOffset? last = null;
        for (var next = expression.GetNextValidTimeAfter(now - lookBack); next is { } fire && fire <= now; next = expression.GetNextValidTimeAfter(fire))
        {
            last = fire;
        }

        return last;
    }
}
