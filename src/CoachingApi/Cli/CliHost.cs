using CallCoach.CoachingApi.Hosting;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// The stages' services for a one-shot verb: the same registrations as the service, built but not started, so no
/// worker runs and no database is touched (only `bench pipeline` starts it, to run the stages). Logs go to stderr;
/// stdout is the verb's output.
/// </summary>
public static class CliHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.AddCallCoachStages();
        return builder.Build();
    }
}
