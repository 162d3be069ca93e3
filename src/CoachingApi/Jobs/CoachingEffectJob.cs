using System.Globalization;
using CallCoach.Analyze.Reports;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// On the 1st of each month: the coaching-effect report of the month before, stored so the figures managers discuss
/// stay put. Running it again (a catch-up, a restart) recomputes and replaces the same month.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CoachingEffectJob(ReportQueries reports, TimeProvider time, ILogger<CoachingEffectJob> logger) : IJob
{
    public static readonly JobKey Key = new("coaching-effect-monthly");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var month = time.GetUtcNow().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var report = await reports.CoachingEffectAsync(month, cancellationToken);
        await reports.StoreAsync(report, cancellationToken);
        logger.LogInformation("Coaching-effect report for {Month}: {Packs} packs, axes needing iteration: {Axes}",
            month, report.Packs.Count, string.Join(", ", report.Axes.Where(a => a.MethodologyIterationNeeded).Select(a => a.Axis)));
    }
}
