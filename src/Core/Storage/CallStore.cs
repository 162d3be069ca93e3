using System.Text.Json;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Privacy;
using CallCoach.Core.Screening;
using CallCoach.Core.Transcripts;
using CallCoach.Core.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Storage;

/// <summary>The writes the pipeline stages make. Each call opens its own short-lived context, so stages stay singletons.</summary>
public sealed class CallStore(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time, IOptions<WorkOptions>? work = null)
{
    private string Instance => (work?.Value ?? new WorkOptions()).EffectiveInstanceName;

    public async Task<StoredCall?> FindByHashAsync(string contentHash, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.ContentHash == contentHash, ct);
        return call is null ? null : new StoredCall(call.Id, call.Status, call.ArchivePath) { Metadata = call.ToMetadata() };
    }

    /// <summary>
    /// Takes back the row of a call whose recording could not be archived (the store was out of reach), so the file,
    /// still where it came from, arrives afresh when it is sent again. Only a received call with nothing else to it.
    /// </summary>
    public async Task ForgetUnarchivedAsync(Guid callId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Calls.Where(c => c.Id == callId && c.Status == CallStatus.Received && c.AnalyzedAt == null && c.TranscribedAt == null)
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>A call that failed is taken again when its recording comes back: received, with the new metadata.</summary>
    public Task RetryAsync(Guid callId, string fileName, string archivePath, CallMetadata metadata, CancellationToken ct) =>
        RetryAsync(callId, fileName, archivePath, metadata, IntakeDecision.Unscreened, ct);

    /// <summary>A failed call taken again, screened again: the new metadata may decide otherwise.</summary>
    /// <param name="leased">From intake: the call is leased to this instance until its file is archived (see <see cref="SaveScreenedAsync"/>).</param>
    public async Task RetryAsync(
        Guid callId, string fileName, string archivePath, CallMetadata metadata, IntakeDecision decision, CancellationToken ct, bool leased = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var call = await db.Calls.FirstAsync(c => c.Id == callId, ct);
        var from = call.Status;
        call.FileName = fileName;
        call.ArchivePath = archivePath;
        call.FailureReason = null;
        call.Attempts = 0;
        call.NextAttemptAt = null;
        call.RetryFrom = null;
        call.ReceivedAt = time.GetUtcNow();
        call.SetMetadata(metadata);
        await SaveScreenedAsync(db, call, decision, from, "the recording arrived again", leased, ct);
    }

    public Task<Guid> AddReceivedAsync(string contentHash, string fileName, string archivePath, CallMetadata metadata, CancellationToken ct) =>
        AddReceivedAsync(contentHash, fileName, archivePath, metadata, IntakeDecision.Unscreened, ct);

    /// <summary>
    /// Stores an arriving call with the intake's decision: received (to be analyzed) or metadata only, with its
    /// anomaly flags. A bulk-upload flag also goes to the rep's other calls of the same burst.
    /// </summary>
    /// <param name="leased">From intake: the call is leased to this instance until its file is archived (see <see cref="SaveScreenedAsync"/>).</param>
    public async Task<Guid> AddReceivedAsync(
        string contentHash, string fileName, string archivePath, CallMetadata metadata, IntakeDecision decision, CancellationToken ct, bool leased = false)
    {
        var call = new CallRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            ContentHash = contentHash,
            FileName = fileName,
            ArchivePath = archivePath,
            ReceivedAt = time.GetUtcNow(),
            PolicyReason = decision.PolicyReason,
        };
        call.SetMetadata(metadata);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Calls.Add(call);
        await SaveScreenedAsync(db, call, decision, null, null, leased, ct);
        return call.Id;
    }

    /// <summary>Number of calls of the rep that arrived at or after <paramref name="since"/>.</summary>
    public async Task<int> CountReceivedSinceAsync(string repId, DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calls.CountAsync(c => c.RepId == repId && c.ReceivedAt >= since, ct);
    }

    /// <summary>
    /// Clears a call's anomaly flags, so it counts as effective if the rule said so. False when the call has no
    /// flags, or they were already cleared (the first clearing stays on record).
    /// </summary>
    public async Task<bool> ClearAnomaliesAsync(Guid callId, string clearedBy, string? note, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One statement: a flag raised meanwhile by a burst is either cleared with the rest or not at all.
        return await db.Calls.Where(c => c.Id == callId).WhereAnomaliesPending().ExecuteUpdateAsync(set => set
            .SetProperty(c => c.AnomaliesClearedAt, now)
            .SetProperty(c => c.AnomaliesClearedBy, clearedBy)
            .SetProperty(c => c.AnomaliesClearNote, note)
            .SetProperty(c => c.AnomaliesChangedAt, now), ct) == 1;
    }

    private async Task SaveScreenedAsync(
        CallCoachDbContext db, CallRecord call, IntakeDecision decision, CallStatus? from, string? why, bool leased, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        call.Apply(decision, now);
        call.Status = decision.Analyze ? CallStatus.Received : CallStatus.MetadataOnly;
        // Intake writes the row before it archives the file, and holds the call meanwhile (letting go right after):
        // until then no work loop may take it for a call whose recording is missing.
        call.LeaseOwner = leased ? Instance : null;
        call.LeaseExpiresAt = leased ? now + (work?.Value ?? new WorkOptions()).LeaseDuration : null;
        CallTransitions.Add(db, call.Id, from, call.Status, Instance, now, why ?? (decision.Analyze ? null : call.PolicyReason));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (decision.BulkUploadSince is { } since && call.RepId is { } repId
            && decision.Flags.FirstOrDefault(f => f.Kind == AnomalyKind.BulkUpload) is { } burst)
        {
            // The calls that arrived before the count was reached are part of the same backfill. Calls a manager has
            // already cleared stay cleared: someone looked at them.
            var name = nameof(AnomalyKind.BulkUpload);
            var reason = burst.Reason;
            await db.Calls
                .Where(c => c.RepId == repId && c.Id != call.Id && c.ReceivedAt >= since && c.AnomaliesClearedAt == null)
                .Where(c => c.AnomalyFlags == null || !c.AnomalyFlags.Contains(name))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.AnomalyFlags, c => c.AnomalyFlags == null ? name : c.AnomalyFlags + "," + name)
                    .SetProperty(c => c.AnomalyReasons, c => c.AnomalyReasons == null ? reason : c.AnomalyReasons + "\n" + reason)
                    .SetProperty(c => c.AnomaliesChangedAt, now), ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Stores a call's analysis. The segments and analysis must already be redacted (Analyze does it); the store
    /// keeps what redaction took out as spans, and the originals only when the redaction kept them.
    /// </summary>
    /// <param name="leased">
    /// From the pipeline: store only if this instance holds the call's lease and the call is not analyzed yet, so a
    /// call is analyzed once however often it was queued. Without it (tools, tests) an earlier result is replaced whole.
    /// </param>
    /// <returns>False when <paramref name="leased"/> and the call was not this instance's to store.</returns>
    public async Task<bool> SaveAnalysisAsync(
        Guid callId, IReadOnlyList<TranscriptSegment> segments, CallAnalysis analysis, TranscriptRedaction redaction, CancellationToken ct, bool leased = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One transaction: a process killed half-way leaves the call as it was, never half analyzed.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var me = Instance;
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct)
            ?? throw new InvalidOperationException($"Call {callId} is not in the store.");
        if (leased && (call.LeaseOwner != me || call.Status == CallStatus.Analyzed))
        {
            return false;
        }

        var from = call.Status;
        await db.PendingTranscripts.Where(p => p.CallId == callId).ExecuteDeleteAsync(ct);
        await db.Segments.Where(s => s.CallId == callId).ExecuteDeleteAsync(ct);
        await db.KeywordHits.Where(h => h.CallId == callId).ExecuteDeleteAsync(ct);
        await db.Objections.Where(o => o.CallId == callId).ExecuteDeleteAsync(ct);
        await db.Acts.Where(a => a.CallId == callId).ExecuteDeleteAsync(ct);
        await db.AxisScores.Where(a => a.CallId == callId).ExecuteDeleteAsync(ct);
        await db.RedactionSpans.Where(r => r.CallId == callId).ExecuteDeleteAsync(ct);

        db.Segments.AddRange(segments.Select((segment, index) => new SegmentRecord
        {
            CallId = callId,
            Index = index,
            Speaker = segment.Speaker,
            Start = segment.Start,
            End = segment.End,
            Text = segment.Text,
            OriginalText = redaction.OriginalTexts.GetValueOrDefault(index),
            Words = [.. segment.Words.Select((word, wordIndex) => new WordRecord
            {
                Index = wordIndex,
                Text = word.Text,
                Start = word.Start,
                End = word.End,
            })],
        }));
        db.RedactionSpans.AddRange(redaction.Spans.Select(span => new RedactionSpanRecord
        {
            CallId = callId,
            SegmentIndex = span.SegmentIndex,
            Category = span.Category,
            CharStart = span.CharStart,
            CharLength = span.CharLength,
            AudioStart = span.AudioStart,
            AudioEnd = span.AudioEnd,
        }));
        db.KeywordHits.AddRange(analysis.Hits.Select(hit => new KeywordHitRecord
        {
            CallId = callId,
            Term = hit.Term,
            Concept = hit.Concept,
            SegmentIndex = hit.SegmentIndex,
            Start = hit.Start,
        }));

        db.Objections.AddRange(analysis.Objections.Select(o => new ObjectionRecord
        {
            CallId = callId,
            SegmentIndex = o.SegmentIndex,
            Type = o.Type,
            Text = o.Text,
            Confidence = o.Confidence,
            Handled = o.Handled,
        }));
        db.Acts.AddRange(analysis.Acts.Select(a => new ActRecord
        {
            CallId = callId,
            SegmentIndex = a.SegmentIndex,
            Type = a.Type,
            Confidence = a.Confidence,
        }));

        db.AxisScores.AddRange(analysis.AxisScores.Select(a => new CallAxisScoreRecord
        {
            CallId = callId,
            Axis = a.Axis,
            Score = a.Score,
            ItemsJson = JsonSerializer.Serialize(a.Items, AnalysisJson.Default.IReadOnlyListScoreItem),
        }));

        call.ComplianceFlagged = analysis.Compliance.Flagged;
        call.ComplianceJson = JsonSerializer.Serialize(analysis.Compliance, AnalysisJson.Default.ScriptCompliance);
        call.MetricsJson = JsonSerializer.Serialize(analysis.Metrics, AnalysisJson.Default.ConversationMetrics);
        call.DurationSeconds = analysis.DurationSeconds;
        call.Effective = analysis.Effective;
        call.EffectiveReasons = string.Join('\n', analysis.Reasons);
        call.Status = CallStatus.Analyzed;
        call.FailureReason = null;
        call.Attempts = 0;
        call.NextAttemptAt = null;
        call.RetryFrom = null;
        call.LeaseOwner = null;
        call.LeaseExpiresAt = null;
        call.AnalyzedAt = time.GetUtcNow();
        CallTransitions.Add(db, callId, from, CallStatus.Analyzed, me, call.AnalyzedAt.Value);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
