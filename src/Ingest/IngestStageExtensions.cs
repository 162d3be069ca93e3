using CallCoach.Core;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using CallCoach.Ingest.Queues;
using Microsoft.Extensions.Configuration;
using CallCoach.Ingest.Blob;
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
        builder.Services.AddValidatedOptions<BlobSourceOptions>(BlobSourceOptions.Section);
        builder.Services.AddSingleton<BlobSpool>();
        builder.Services.AddSingleton<BlobInbox>();
        builder.Services.AddSingleton<StoredCallFeeder>();
        // Stopped in reverse order: the watchers and the queue receivers first, then the work loop, then the channel is closed.
        var roles = ServeRoles.From(builder.Configuration);
        var queued = builder.Configuration.GetValue<WorkTransport>($"{WorkOptions.Section}:{nameof(WorkOptions.Transport)}") == WorkTransport.Queues;
        builder.Services.AddHostedService<IntakeShutdown>();
        builder.Services.AddHostedService<StoredWorkLoop>();
        // Added as plain singletons: AddHostedService keeps one service per implementation type, and both are receivers.
        if (queued && roles.Transcribe)
        {
            builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<QueueReceiver>(services, WorkStage.Transcribe));
        }

        if (queued && roles.Analyze)
        {
            builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<QueueReceiver>(services, WorkStage.Analyze));
        }

        if (roles.Ingest)
        {
            builder.Services.AddHostedService<InboxWatcher>();
            builder.Services.AddHostedService<BlobInboxWatcher>();
        }

        return builder;
    }
}
