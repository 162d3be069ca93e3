using CallCoach.Core;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Transcribe.Tests;

/// <summary>
/// A host with the transcription services as the service registers them, over the given settings only: no
/// appsettings, no environment variables, so a key in the developer's environment cannot change a test.
/// Starting it runs the start validation; it has no workers.
/// </summary>
internal static class TranscriptionHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings, CapturedLogs? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The repository's models folder, as the service finds its own beside the binary.
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Data:Models", RepositoryPaths.Models), .. settings]);
        builder.Services.AddValidatedOptions<DataOptions>(DataOptions.Section);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
        }

        builder.AddTranscription();
        return builder.Build();
    }

    public static IHost Build(params (string Key, string? Value)[] settings) =>
        Build(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)));
}
