using CallCoach.Core.Calls;
using CallCoach.Core.Pipeline;
using CallCoach.Ingest.Decoding;

namespace CallCoach.Ingest.Intake;

/// <summary>Hands a readable recording to the next stage: audio to the recognizers, transcripts straight to Analyze.</summary>
public sealed class RecordingDispatcher(PipelineChannels channels)
{
    public async Task DispatchAsync(Guid callId, string fileName, CallMetadata metadata, RecordingContent content, CancellationToken ct)
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
