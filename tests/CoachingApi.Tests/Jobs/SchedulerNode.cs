using CallCoach.CoachingApi.Jobs;
using CallCoach.Core.Paths;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CallCoach.CoachingApi.Tests.Jobs;

/// <summary>
/// One `api` process's scheduler, configured by <see cref="CoachingScheduler"/> as the service's is, running the
/// recording job on the triggers a test declares. Disposing it stops it as a shutdown of the process does.
/// </summary>
public sealed class SchedulerNode(IHost host) : IAsyncDisposable
{
    public static async Task<SchedulerNode> StartAsync(DataOptions data, FiringLog log, Action<IQuartzBuilder> triggers)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(log);
        builder.Services.AddCoachingScheduler(data, quartz =>
        {
            quartz.AddJob<RecordingJob>(job => job.WithIdentity(RecordingJob.Key));
            triggers(quartz);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerNode(host);
    }

    public IScheduler Scheduler => host.Services.GetRequiredService<IScheduler>();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
