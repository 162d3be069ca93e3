using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Core.Work.Queues;

namespace CallCoach.Core.Pipeline;

/// <summary>Ingest → Transcribe: a stored, decoded recording waiting for speech recognition.</summary>
/// <param name="ChannelSpeakers">Who speaks on each channel of <paramref name="Audio"/>, in channel order.</param>
public sealed record IngestedRecording(
    Guid CallId,
    string FileName,
    CallMetadata Metadata,
    IAudioSource Audio,
    IReadOnlyList<Speaker> ChannelSpeakers)
{
    /// <summary>With the queue transport: the message this work came from, finished or handed back by the stage.</summary>
    public WorkTicket? Ticket { get; init; }
}
