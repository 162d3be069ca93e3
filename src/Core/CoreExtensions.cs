using CallCoach.Core.Archive;
using CallCoach.Core.Reps;
using CallCoach.Core.Paths;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.Core;

public static class CoreExtensions
{
    /// <summary>Options, the store and the channels every stage shares. Call before any Add…Stage.</summary>
    public static IHostApplicationBuilder AddCallCoachCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DataOptions>(DataOptions.Section);
        builder.Services.AddValidatedOptions<PipelineOptions>(PipelineOptions.Section);
        builder.Services.AddValidatedOptions<RepDirectoryOptions>(RepDirectoryOptions.Section);
        builder.Services.AddSingleton<RepDirectory>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PipelineChannels>();

        builder.Services.AddDbContextFactory<CallCoachDbContext>((services, options) =>
        {
            var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
            if (data.Provider == StoreProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(data.Database)!);
            }

            options.UseCallCoachStore(data);
        });
        builder.Services.AddSingleton<CallStore>();
        var roles = ServeRoles.From(builder.Configuration);
        builder.Services.AddSingleton(roles);
        builder.Services.AddValidatedOptions<WorkOptions>(WorkOptions.Section)
            .Validate(
                work => roles.IsAll || work.Transport == WorkTransport.Queues,
                $"--roles {roles} runs part of the pipeline, which only queues can connect to the rest: set Work:Transport=Queues and Work:QueueConnectionString.");
        builder.Services.AddSingleton<StageQueues>();
        builder.Services.AddSingleton<QueueDispatch>();
        builder.Services.AddSingleton<CallWorkStore>();
        builder.Services.AddSingleton<LeaseKeeper>();
        builder.Services.AddSingleton<CallsInFlight>();
        builder.Services.AddSingleton<SourceCursor>();
        builder.Services.AddAudioStore();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
