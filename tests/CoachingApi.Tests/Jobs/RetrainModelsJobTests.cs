using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Lifecycle;
using CallCoach.CoachingApi.Jobs;
using CallCoach.Core.Storage;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCoach.CoachingApi.Tests.Jobs;

public sealed class RetrainModelsJobTests : IDisposable
{
    private readonly TempDirectory data = new("retrain-job");

    private static RetrainModelsJob Job(IServiceProvider services) => new(
        services.GetRequiredService<LabelCorrections>(),
        services.GetRequiredService<ModelRegistry>(),
        services.GetRequiredService<TrainingQueue>(),
        NullLogger<RetrainModelsJob>.Instance);

    private static async Task<List<TrainingJobRecord>> JobsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        return await db.TrainingJobs.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task ModelsWithNewCorrectionsAreQueuedOnceAndOthersAreLeftAlone()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var services = app.Services;

        await Job(services).Execute(null!, CancellationToken.None);
        Assert.Empty(await JobsAsync(services));

        await services.GetRequiredService<LabelCorrections>().AddAsync(ClassifierKind.Act, "shall we pencil in Thursday at nine", "next_step", null, null, CancellationToken.None);
        await Job(services).Execute(null!, CancellationToken.None);
        await Job(services).Execute(null!, CancellationToken.None);

        var job = Assert.Single(await JobsAsync(services));
        Assert.Equal("act", job.Model);
        Assert.Equal("nightly retrain", job.RequestedBy);
    }

    public void Dispose() => data.Dispose();
}
