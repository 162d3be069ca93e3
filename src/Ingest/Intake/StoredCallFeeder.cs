using CallCoach.Core.Archive;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using CallCoach.Ingest.Decoding;
using Microsoft.Extensions.Logging;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Hands a call from the store to this process's stages: a received call read again from its archived original, a
/// transcribed one with the transcript the store kept. Used by the work loop and by the queue receivers.
/// </summary>
public sealed class StoredCallFeeder(
    CallWorkStore work,
    CallsInFlight inFlight,
    IAudioStore archive,
    RecordingReader reader,
    RecordingDispatcher dispatcher,
    PipelineChannels channels,
    ILogger<StoredCallFeeder> logger)
{
    /// <summary>The stage a call in the store waits for; transcripts skip recognition, and are archived as such.</summary>
    public static WorkStage NextStage(CallRecord call) =>
        call.Status == CallStatus.Transcribed || Path.GetExtension(call.ArchivePath) is ".vtt" or ".srt" ? WorkStage.Analyze : WorkStage.Transcribe;

    /// <returns>False when nothing was handed on: the call is on its way already, or its archive failed it.</returns>
    public async Task<bool> FeedAsync(CallRecord call, WorkTicket? ticket, CancellationToken ct)
    {
        try
        {
            if (call.Status == CallStatus.Transcribed)
            {
                return await FeedTranscribedAsync(call, ticket, ct);
            }

            var metadata = call.ToMetadata();
            var local = await archive.LocalFileAsync(call.ArchivePath, ct);
            var content = await Task.Run(() => reader.Read(local, metadata, ct), ct);
            var fed = await dispatcher.DispatchHereAsync(call.Id, call.FileName, metadata, content, ticket, ct);
            if (fed)
            {
                logger.LogInformation("Resumed call {CallId} ({File}) from the archive", call.Id, call.FileName);
            }

            return fed;
        }
        catch (Exception e) when (e is UnreadableRecordingException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The archive is gone or unreadable: a failure of the call's intake, retried (its original may still come
            // round again from the inbox) and parked after the last attempt, never dropped.
            logger.LogError(e, "Cannot resume call {CallId} from {Archive}", call.Id, call.ArchivePath);
            if (await work.TryClaimAsync(call.Id, call.Status, null, ct))
            {
                await work.RecordFailureAsync(call.Id, $"cannot resume from the archive: {e.Message}", permanent: false, ct);
            }

            return false;
        }
        catch (AudioStoreUnavailableException e)
        {
            // The recording is not lost, the archive is out of reach: the call stays as it is, for the next look.
            logger.LogError(e, "Cannot resume call {CallId} now: the archive is out of reach; it stays {Status}", call.Id, call.Status);
            return false;
        }
    }

    private async Task<bool> FeedTranscribedAsync(CallRecord call, WorkTicket? ticket, CancellationToken ct)
    {
        var transcript = await work.LoadTranscriptAsync(call.Id, ct)
            ?? throw new InvalidDataException($"call {call.Id} is transcribed but its transcript is not in the store");
        if (!inFlight.TryAdd(call.Id))
        {
            return false;
        }

        try
        {
            await channels.ToAnalyze.Writer.WriteAsync(
                new TranscribedCall(call.Id, call.ToMetadata(), transcript.DurationSeconds, transcript.Segments) { Ticket = ticket }, ct);
            logger.LogInformation("Resumed call {CallId} ({File}) from its stored transcript", call.Id, call.FileName);
            return true;
        }
        catch
        {
            inFlight.Remove(call.Id);
            throw;
        }
    }
}
