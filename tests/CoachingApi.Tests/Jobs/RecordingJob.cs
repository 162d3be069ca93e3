using Quartz;

namespace CallCoach.CoachingApi.Tests.Jobs;

/// <summary>
/// A job that only writes down that it ran: for which fire time and on which node. Serial like the service's jobs,
/// which Quartz fires under the cluster's trigger lock (jobs that may run concurrently take a lock-free path).
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecordingJob(FiringLog log) : IJob
{
    public static readonly JobKey Key = new("recording");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Add(new Firing(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Scheduler.SchedulerInstanceId));
        return ValueTask.CompletedTask;
    }
}
