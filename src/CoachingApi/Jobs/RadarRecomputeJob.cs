using CallCoach.Analyze.Radar;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>Nightly: every rep's and team's radar recomputed, so the 30-day window moves on and queries stay one read.</summary>
[DisallowConcurrentExecution]
public sealed class RadarRecomputeJob(RadarQueries radars, ILogger<RadarRecomputeJob> logger) : IJob
{
    public static readonly JobKey Key = new("radar-nightly");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await radars.RecomputeAllAsync(cancellationToken);
        logger.LogInformation("Recomputed {Count} radars", count);
    }
}
