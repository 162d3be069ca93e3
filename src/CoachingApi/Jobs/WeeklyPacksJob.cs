using CallCoach.CoachingApi.Packs;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// Monday morning: a pack for every rep with calls. Reps who already have this week's pack keep it, so a run
/// repeated after a restart or a misfire generates nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyPacksJob(PackService packs, ILogger<WeeklyPacksJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-packs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var generated = 0;
        foreach (var repId in await packs.RepsAsync(null, cancellationToken))
        {
            try
            {
                if ((await packs.GenerateAsync(repId, "schedule", cancellationToken)).Pack is not null)
                {
                    generated++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One rep's failure must not cost the others their pack.
                logger.LogError(e, "The weekly pack of rep {Rep} failed", repId);
            }
        }

        logger.LogInformation("Weekly packs for {Week}: {Count} reps have one", packs.CurrentWeek, generated);
    }
}
