using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// A fire time that passed while every scheduler was down must not be lost: the jobs whose runs are idempotent (one
/// pack per rep and week) make it up once. Their cron trigger starts just before its last fire time within the
/// look-back, and its first fire time may be that past one (<see cref="MissedFireCronTrigger"/>), so it misfires
/// and fires once at start: every start of the in-memory store, the first start of a new cluster. A trigger already
/// in the cluster's store (a restart, another node joining) hands its last fire time to the one declared again
/// (<see cref="CoachingScheduler"/>), which fires only what came due after it. A Monday missed by a restart is made
/// up, and a run that already happened finds nothing left to do.
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

    /// <summary>
    /// The cron schedule, started a second before its last fire time within <paramref name="lookBack"/> (else now)
    /// so that fire is made up. A second before, because a trigger declared again computes its next fire time
    /// strictly after the stored start time, and the fire must still be due then if it has not happened yet.
    /// </summary>
    public static ITriggerConfigurator<IJob> WithCronScheduleMakingUp(this ITriggerConfigurator<IJob> trigger, string cron, TimeZoneInfo zone,
        DateTimeOffset now, TimeSpan lookBack) =>
        trigger
            .StartAt(Last(cron, zone, now, lookBack)?.AddSeconds(-1) ?? now)
            .WithSchedule(new MissedFireCronTrigger.Schedule(cron, zone));
}
