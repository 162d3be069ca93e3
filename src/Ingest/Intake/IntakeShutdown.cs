using CallCoach.Core.Pipeline;
using Microsoft.Extensions.Hosting;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Closes the Ingest → Transcribe channel once the inbox watcher and recovery have stopped, so the
/// recognizers see the end of their input. Registered before them, so the host stops it after them.
/// </summary>
public sealed class IntakeShutdown(PipelineChannels channels) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        channels.ToTranscribe.Writer.TryComplete();
        return Task.CompletedTask;
    }
}
