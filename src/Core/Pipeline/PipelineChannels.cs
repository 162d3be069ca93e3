using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Pipeline;

/// <summary>
/// The bounded queues between stages. FullMode = Wait: a slow recognizer holds back intake instead of growing memory.
/// </summary>
public sealed class PipelineChannels(IOptions<PipelineOptions> options)
{
    public Channel<IngestedRecording> ToTranscribe { get; } = Channel.CreateBounded<IngestedRecording>(
        new BoundedChannelOptions(options.Value.TranscribeQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    // Transcript files skip recognition, so both Ingest and the Transcribe workers write here.
    public Channel<TranscribedCall> ToAnalyze { get; } = Channel.CreateBounded<TranscribedCall>(
        new BoundedChannelOptions(options.Value.AnalyzeQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
}
