using System.Threading.Channels;
using CallCoach.Core.Calls;
using CallCoach.Core.Pipeline;
using CallCoach.Ingest.Decoding;
using Microsoft.Extensions.Logging;

namespace CallCoach.Ingest.Intake;

/// <summary>Hands a readable recording to the next stage: audio to the recognizers, transcripts straight to Analyze.</summary>
/// A call that arrives while the pipeline shuts down is already archived and recorded as received, so it is
/// simply left for the next start to resume.
public sealed class RecordingDispatcher(PipelineChannels channels, ILogger<RecordingDispatcher> logger)
{
    public async Task DispatchAsync(Guid callId, string fileName, CallMetadata metadata, RecordingContent content, CancellationToken ct)
    {
        try
        {
            await WriteAsync(callId, fileName, metadata, content, ct);
        }
        catch (ChannelClosedException)
        {
            logger.LogInformation("The pipeline is shutting down; call {CallId} ({File}) resumes at the next start", callId, fileName);
        }
    }

    private async Task WriteAsync(Guid callId, string fileName, CallMetadata metadata, RecordingContent content, CancellationToken ct)
    {
        if (content.Audio is not null)
        {
            await channels.ToTranscribe.Writer.WriteAsync(
                new IngestedRecording(callId, fileName, metadata, content.Audio, content.ChannelSpeakers), ct);
        }
        else
        {
            await channels.ToAnalyze.Writer.WriteAsync(
                new TranscribedCall(callId, metadata, content.DurationSeconds, content.Transcript!), ct);
        }
    }
}
