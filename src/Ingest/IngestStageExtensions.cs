using CallCoach.Core;
using CallCoach.Ingest.Blob;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Folder;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Quarantine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCoach.Ingest;

public static class IngestStageExtensions
{
    public static IHostApplicationBuilder AddIngestStage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IngestOptions>(IngestOptions.Section);
        builder.Services.AddSingleton<RecordingReader>();
        builder.Services.AddSingleton<RecordingDispatcher>();
        builder.Services.AddSingleton<QuarantineBin>();
        builder.Services.AddSingleton<RecordingIntake>();
        builder.Services.AddSingleton<InboxScanner>();
        builder.Services.AddValidatedOptions<BlobSourceOptions>(BlobSourceOptions.Section);
        builder.Services.AddSingleton<BlobSpool>();
        builder.Services.AddSingleton<BlobInbox>();
        // Stopped in reverse order: the watchers first, then recovery, then the channel is closed.
        builder.Services.AddHostedService<IntakeShutdown>();
        builder.Services.AddHostedService<UnfinishedCallRecovery>();
        builder.Services.AddHostedService<InboxWatcher>();
        builder.Services.AddHostedService<BlobInboxWatcher>();
        return builder;
    }
}
