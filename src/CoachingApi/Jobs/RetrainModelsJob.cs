using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Lifecycle;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// Nightly: asks for a challenger of each model that has corrections newer than its last trained version, unless
/// one is already queued. Missed nights need no catching up: the next run sees the same corrections.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetrainModelsJob(LabelCorrections corrections, ModelRegistry registry, TrainingQueue queue, ILogger<RetrainModelsJob> logger) : IJob
{
    public static readonly JobKey Key = new("retrain-models");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var kind in ClassifierKind.All)
        {
            var newest = await corrections.NewestIdAsync(kind, cancellationToken);
            var learned = (await registry.VersionsAsync(kind, cancellationToken)).Select(v => v.CorrectionsUpTo).DefaultIfEmpty(0).Max();
            if (newest > learned && !await queue.HasPendingAsync(kind, cancellationToken))
            {
                await queue.RequestAsync(kind, force: false, "nightly retrain", cancellationToken);
                logger.LogInformation("Queued a {Model} challenger: corrections up to {Newest}, last trained on up to {Learned}", kind.Name, newest, learned);
            }
        }
    }
}
