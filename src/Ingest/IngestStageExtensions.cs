using CallCoach.Core;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Folder;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Quarantine;
using CallCoach.Ingest.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCoach.Ingest;

public static class IngestStageExtensions
{
    public static IHostApplicationBuilder AddIngestStage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IngestOptions>(IngestOptions.Section);
        builder.Services.AddValidatedOptions<RecordingPolicyOptions>(RecordingPolicyOptions.Section);
        builder.Services.AddValidatedOptions<AnomalyFlagOptions>(AnomalyFlagOptions.Section);
        builder.Services.AddSingleton<RecordingPolicy>();
        builder.Services.AddSingleton<AnomalyRules>();
        builder.Services.AddSingleton<IntakeScreening>();
        builder.Services.AddSingleton<RecordingReader>();
        builder.Services.AddSingleton<RecordingDispatcher>();
        builder.Services.AddSingleton<QuarantineBin>();
        builder.Services.AddSingleton<RecordingIntake>();
        builder.Services.AddSingleton<InboxScanner>();
        // Stopped in reverse order: the watcher first, then recovery, then the channel is closed.
        builder.Services.AddHostedService<IntakeShutdown>();
        builder.Services.AddHostedService<UnfinishedCallRecovery>();
        builder.Services.AddHostedService<InboxWatcher>();
        return builder;
    }
}
