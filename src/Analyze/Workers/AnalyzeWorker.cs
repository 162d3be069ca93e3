using CallCoach.Analyze.Privacy;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Analyze.Workers;

/// <summary>
/// Analyzes and stores each transcribed call. At shutdown it still stores what earlier stages already handed
/// over (the stages stop upstream first), since that work would otherwise be redone after the restart. Personal data
/// is redacted between the two: analysis reads the original, the store gets the redacted call. The store takes the
/// result only from the lease holder of a call not analyzed yet, so each call is analyzed once.
/// </summary>
public sealed class AnalyzeWorker(
    PipelineChannels channels,
    CallAnalyzer analyzer,
    CallRedactor redactor,
    CallStore store,
    CallWorkStore work,
    CallsInFlight inFlight,
    ILogger<AnalyzeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = channels.ToAnalyze.Reader;
        try
        {
            await foreach (var call in reader.ReadAllAsync(stoppingToken))
            {
                await AnalyzeAsync(call, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        while (reader.TryRead(out var call))
        {
            await AnalyzeAsync(call, CancellationToken.None);
        }
    }

    private async Task AnalyzeAsync(TranscribedCall call, CancellationToken ct)
    {
        try
        {
            // Transcript files arrive received; recognised calls transcribed, still leased by this instance.
            if (!await work.TryClaimAsync(call.CallId, CallStatus.Transcribed, CallStatus.Received, ct))
            {
                logger.LogInformation("Call {CallId} is analyzed already, or another instance has it; skipped", call.CallId);
                return;
            }

            var analysis = analyzer.Analyze(call.DurationSeconds, call.Segments);
            var redacted = redactor.Redact(call, analysis);
            if (!await store.SaveAnalysisAsync(call.CallId, redacted.Segments, redacted.Analysis, redacted.Redaction, ct, leased: true))
            {
                logger.LogWarning("Call {CallId} was taken over or analyzed elsewhere meanwhile; this result is dropped", call.CallId);
                return;
            }

            logger.LogInformation(
                "Analyzed call {CallId}: {Duration:F1} s, {Hits} keyword hits, effective: {Effective}, {Redacted} redactions",
                call.CallId, analysis.DurationSeconds, analysis.Hits.Count, analysis.Effective, redacted.Redaction.Spans.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Analysis of call {CallId} failed", call.CallId);
            var state = await work.RecordFailureAsync(call.CallId, $"analysis failed: {e.Message}", permanent: false, ct);
            logger.LogWarning("Call {CallId} is {State} after the failure", call.CallId, state);
        }
        finally
        {
            inFlight.Remove(call.CallId);
            if (call.Ticket is { } ticket)
            {
                await ticket.CompleteAsync();
            }
        }
    }
}
