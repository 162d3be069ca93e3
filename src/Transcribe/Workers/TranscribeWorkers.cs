using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Workers;

/// <summary>
/// N parallel recognizers, each with its own loaded engine, reading the Ingest → Transcribe channel. A worker leases
/// the call in the store before decoding it and keeps the lease while it works, so no other worker or instance
/// decodes it at the same time. At shutdown the call being decoded is handed back: it stays "received" and is
/// resumed at the next start.
/// </summary>
public sealed class TranscribeWorkers(
    PipelineChannels channels,
    ISpeechRecognizerFactory engines,
    ChannelTranscriber transcriber,
    CallWorkStore work,
    LeaseKeeper leases,
    CallsInFlight inFlight,
    QueueDispatch queues,
    IOptions<WorkOptions> workOptions,
    IOptions<PipelineOptions> options,
    ILogger<TranscribeWorkers> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // One worker dying (its engine failed to load, the store is gone) stops them all and faults this service,
        // which stops the host: a pipeline quietly running short of recognizers would fill up and hang intake.
        using var workers = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        async Task RunAsync(int worker)
        {
            try
            {
                await RunWorkerAsync(worker, workers.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogCritical(e, "Transcribe worker {Worker} failed; stopping the stage", worker);
                await workers.CancelAsync();
                throw;
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(1, options.Value.EffectiveTranscribeWorkers).Select(n => Task.Run(() => RunAsync(n), stoppingToken)));
        }
        finally
        {
            // Intake stopped before this stage, so nothing else writes to Analyze now.
            channels.ToAnalyze.Writer.TryComplete();
        }
    }

    private async Task RunWorkerAsync(int worker, CancellationToken ct)
    {
        using var recognizer = engines.Create();
        logger.LogInformation("Transcribe worker {Worker} ready", worker);
        await foreach (var recording in channels.ToTranscribe.Reader.ReadAllAsync(ct))
        {
            await TranscribeAsync(recording, recognizer, ct);
        }
    }

    private async Task TranscribeAsync(IngestedRecording recording, ISpeechRecognizer recognizer, CancellationToken ct)
    {
        var handedOn = false;
        var handedBack = false;
        try
        {
            if (!await work.TryClaimAsync(recording.CallId, CallStatus.Received, null, ct))
            {
                logger.LogInformation("Call {CallId} is no longer waiting for recognition, or another instance has it; skipped", recording.CallId);
                return;
            }

            await using var lease = leases.Hold(recording.CallId, ct);
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var segments = await transcriber.TranscribeAsync(recording.Audio, recording.ChannelSpeakers, recording.Metadata.RepId, recognizer, lease.Token);
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                logger.LogInformation(
                    "Transcribed call {CallId} ({File}): {Segments} segments, {Audio:F1} s of audio in {Elapsed:F1} s",
                    recording.CallId, recording.FileName, segments.Count, recording.Audio.DurationSeconds, elapsed.TotalSeconds);
                if (!await work.SaveTranscriptAsync(recording.CallId, recording.Audio.DurationSeconds, segments, ct))
                {
                    logger.LogWarning("Call {CallId} was taken over while it was transcribed here; its transcript is dropped", recording.CallId);
                    return;
                }

                if (workOptions.Value.Transport == WorkTransport.Queues)
                {
                    // Analysis may run on another machine; it reads the transcript from the store.
                    await queues.SendAsync(WorkStage.Analyze, recording.CallId, force: true, ct);
                }
                else
                {
                    await channels.ToAnalyze.Writer.WriteAsync(
                        new TranscribedCall(recording.CallId, recording.Metadata, recording.Audio.DurationSeconds, segments), ct);
                    handedOn = true;
                }
            }
            catch (OperationCanceledException) when (lease.Lost && !ct.IsCancellationRequested)
            {
                logger.LogWarning("Stopped transcribing call {CallId}: its lease was lost", recording.CallId);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogInformation("Handing back call {CallId}; it resumes at the next start", recording.CallId);
            handedBack = true;
            await work.ReleaseAsync(recording.CallId, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Transcription of call {CallId} ({File}) failed", recording.CallId, recording.FileName);
            var state = await work.RecordFailureAsync(recording.CallId, $"transcription failed: {e.Message}", permanent: false, ct);
            logger.LogWarning("Call {CallId} is {State} after the failure", recording.CallId, state);
        }
        finally
        {
            if (!handedOn)
            {
                inFlight.Remove(recording.CallId);
            }

            if (recording.Ticket is { } ticket)
            {
                await (handedBack ? ticket.ReturnAsync() : ticket.CompleteAsync());
            }
        }
    }
}
