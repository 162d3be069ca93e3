using CallCoach.Core.Archive;
using CallCoach.Core.Reps;
using CallCoach.Core.Paths;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
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
            Directory.CreateDirectory(Path.GetDirectoryName(data.Database)!);
            options.UseSqlite($"Data Source={data.Database}");
        });
        builder.Services.AddSingleton<CallStore>();
        builder.Services.AddSingleton<SourceCursor>();
        builder.Services.AddAudioStore();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
