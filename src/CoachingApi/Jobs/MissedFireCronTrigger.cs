using Quartz;
using Quartz.Extensibility;
using Quartz.Impl.Triggers;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// A cron trigger whose first fire time may lie in the past, so that a trigger started at a missed fire time
/// misfires and fires once. Quartz 4.7's own cron trigger moves a past first fire time up to the next one after
/// now, which would skip the missed fire. Only the first computation differs; stored, it is an ordinary cron trigger.
/// </summary>
public sealed class MissedFireCronTrigger : CronTriggerImpl
{
    public override DateTimeOffset? ComputeFirstFireTimeUtc(ICalendar? calendar)
    {
        NextFireTimeUtc = GetFireTimeAfter(StartTimeUtc.AddSeconds(-1));
        while (NextFireTimeUtc is { } next && calendar is not null && !calendar.IsTimeIncluded(next))
        {
            NextFireTimeUtc = GetFireTimeAfter(next);
        }

        return NextFireTimeUtc;
    }

    /// <summary>What <c>WithSchedule</c> takes: the cron in its zone, a misfire fired once and the schedule resumed.</summary>
    public sealed class Schedule(string cron, TimeZoneInfo zone) : IScheduleBuilder
    {
        public IMutableTrigger Build() => new MissedFireCronTrigger
        {
            CronExpression = new CronExpression(cron, zone),
            MisfireInstructionCode = (int)CronTriggerMisfireInstruction.FireAndProceed,
        };
    }
}
