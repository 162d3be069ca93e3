using System.Threading.Channels;
using CallCoach.Analyze.Classification;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Analyze.Lifecycle;

/// <summary>
/// Training requests. The store holds each request, so none is lost to a restart or a full queue; the bounded
/// channel only wakes the worker, and a wake-up that does not fit is not needed, since one is already pending.
/// </summary>
public sealed class TrainingQueue(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time)
{
    private readonly Channel<Guid> wakeUps = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    internal ChannelReader<Guid> WakeUps => wakeUps.Reader;

    public async Task<TrainingJobRecord> RequestAsync(ClassifierKind kind, bool force, string requestedBy, CancellationToken ct)
    {
        var job = new TrainingJobRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Model = kind.Name,
            Force = force,
            RequestedBy = requestedBy,
            Status = TrainingJobStatus.Queued,
            RequestedAt = time.GetUtcNow(),
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.TrainingJobs.Add(job);
            await db.SaveChangesAsync(ct);
        }

        wakeUps.Writer.TryWrite(job.Id);
        return job;
    }

    public async Task<TrainingJobRecord?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.TrainingJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    public async Task<bool> HasPendingAsync(ClassifierKind kind, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.TrainingJobs.AnyAsync(
            j => j.Model == kind.Name && (j.Status == TrainingJobStatus.Queued || j.Status == TrainingJobStatus.Running), ct);
    }
}
