using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using Quartz;

namespace CallCoach.CoachingApi.Jobs;

/// <summary>
/// The scheduler every `api` process runs, and where it keeps its triggers. On PostgreSQL the processes are nodes of
/// one Quartz cluster over the store's database: a fire time is taken by one node under a database lock, so a job
/// runs once in the cluster, and a node that dies has its work taken over. Quartz creates its QRTZ_ tables there
/// itself. On SQLite (one process by design) the triggers stay in memory.
/// </summary>
public static class CoachingScheduler
{
    /// <summary>The same on every node: Quartz clusters the schedulers of one name in one database.</summary>
    public const string Name = "callcoach";

    public static IServiceCollection AddCoachingScheduler(this IServiceCollection services, DataOptions data, Action<IQuartzBuilder> jobs)
    {
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = Name);
            // Every node declares the triggers again at every start. The declared trigger takes over the stored one's
            // last fire time and fires next what came due after it: a fire missed while every node was down is made
            // up once, and one already made up (MissedFire) is not fired again by the next start.
            quartz.ConfigureOptions<QuartzOptions>(options =>
            {
                options.Scheduling.OverwriteExistingData = true;
                options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true;
            });
            if (data.Provider == StoreProvider.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(data.StoreConnectionString);
                    store.UseClustering();
                    store.ProvisionSchema();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            jobs(quartz);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
