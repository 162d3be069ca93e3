using CallCoach.Analyze.Classification;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>
/// Runs training requests one at a time, oldest first, beside the pipeline. A request that was running when the
/// process stopped runs again; one that fails is marked failed with its reason and the next one still runs.
/// </summary>
public sealed class ModelTrainingWorker(
    TrainingQueue queue,
    ChallengerTraining training,
    IDbContextFactory<CallCoachDbContext> contexts,
    TimeProvider time,
    ILogger<ModelTrainingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RequeueInterruptedAsync(stoppingToken);
            do
            {
                while (await NextAsync(stoppingToken) is { } job)
                {
                    await RunAsync(job, stoppingToken);
                }
            }
            while (await queue.WakeUps.WaitToReadAsync(stoppingToken) && queue.WakeUps.TryRead(out _));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RequeueInterruptedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.TrainingJobs.Where(j => j.Status == TrainingJobStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, TrainingJobStatus.Queued), ct);
    }

    private async Task<TrainingJobRecord?> NextAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.TrainingJobs.Where(j => j.Status == TrainingJobStatus.Queued).OrderBy(j => j.RequestedAt).ThenBy(j => j.Id).FirstOrDefaultAsync(ct);
        if (job is not null)
        {
            job.Status = TrainingJobStatus.Running;
            job.StartedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return job;
    }

    private async Task RunAsync(TrainingJobRecord job, CancellationToken ct)
    {
        try
        {
            var kind = ClassifierKind.Find(job.Model) ?? throw new InvalidOperationException($"There is no '{job.Model}' model.");
            var version = await training.RunAsync(kind, job.Force, ct);
            await FinishAsync(job.Id, TrainingJobStatus.Succeeded, version.Version, version.PromotedAt is not null, null);
            logger.LogInformation("Trained {Model} {Version}: {Decision}", job.Model, version.Version, version.Decision);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Left running: the next start queues it again.
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Training {Model} for job {Job} failed", job.Model, job.Id);
            await FinishAsync(job.Id, TrainingJobStatus.Failed, null, null, e.Message);
        }
    }

    private async Task FinishAsync(Guid id, TrainingJobStatus status, string? version, bool? promoted, string? error)
    {
        // Not cancellable: the outcome of finished work must be recorded even while the host stops.
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.TrainingJobs.Where(j => j.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.FinishedAt, time.GetUtcNow())
            .SetProperty(j => j.Version, version)
            .SetProperty(j => j.Promoted, promoted)
            .SetProperty(j => j.Error, error), CancellationToken.None);
    }
}
