using System.Threading.Channels;
using CallCoach.Core.Calls;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using CallCoach.Ingest.Decoding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Hands a readable recording to the next stage: audio to the recognizers, transcripts straight to Analyze; through
/// this process's channels, or with the queue transport through the stage's queue, for whichever instance takes it.
/// A call that arrives while the pipeline shuts down is already archived and recorded as received, so it is
/// simply left for the next start to resume.
/// </summary>
public sealed class RecordingDispatcher(
    PipelineChannels channels,
    CallsInFlight inFlight,
    IOptions<WorkOptions> work,
    QueueDispatch queues,
    ILogger<RecordingDispatcher> logger)
{
    /// <returns>False when the call was already on its way (intake and the work loop both hand calls on).</returns>
    public async Task<bool> DispatchAsync(Guid callId, string fileName, CallMetadata metadata, RecordingContent content, CancellationToken ct)
    {
        if (work.Value.Transport == WorkTransport.Queues)
        {
            return await queues.SendAsync(content.Audio is null ? WorkStage.Analyze : WorkStage.Transcribe, callId, force: true, ct);
        }

        return await DispatchHereAsync(callId, fileName, metadata, content, ticket: null, ct);
    }

    /// <summary>Into this process's channels, whatever the transport: how queued work reaches the stages here.</summary>
    public async Task<bool> DispatchHereAsync(
        Guid callId, string fileName, CallMetadata metadata, RecordingContent content, WorkTicket? ticket, CancellationToken ct)
    {
        if (!inFlight.TryAdd(callId))
        {
            return false;
        }

        try
        {
            await WriteAsync(callId, fileName, metadata, content, ticket, ct);
            return true;
        }
        catch (ChannelClosedException)
        {
            logger.LogInformation("The pipeline is shutting down; call {CallId} ({File}) resumes at the next start", callId, fileName);
        }
        catch (OperationCanceledException)
        {
            inFlight.Remove(callId);
            throw;
        }

        inFlight.Remove(callId);
        return false;
    }

    private async Task WriteAsync(Guid callId, string fileName, CallMetadata metadata, RecordingContent content, WorkTicket? ticket, CancellationToken ct)
    {
        if (content.Audio is not null)
        {
            await channels.ToTranscribe.Writer.WriteAsync(
                new IngestedRecording(callId, fileName, metadata, content.Audio, content.ChannelSpeakers) { Ticket = ticket }, ct);
        }
        else
        {
            await channels.ToAnalyze.Writer.WriteAsync(
                new TranscribedCall(callId, metadata, content.DurationSeconds, content.Transcript!) { Ticket = ticket }, ct);
        }
    }
}
