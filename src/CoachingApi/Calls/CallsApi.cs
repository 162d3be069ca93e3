using System.Text.Json;
using CallCoach.Analyze.Keywords;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.CoachingApi.Limits;
using CallCoach.CoachingApi.Signing;
using CallCoach.Core.Analysis;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Calls;

public static class CallsApi
{
    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/calls").WithTags("Calls");
        group.MapGet("/", ListCalls).WithName("ListCalls").RequireAuthorization(AccessPolicies.RepData);
        group.MapGet("/{id:guid}", GetCall).WithName("GetCall").RequireAuthorization(AccessPolicies.RepData);
        // Machines post here (meeting systems, scripts) with a key in a header, not browser forms with a cookie.
        group.MapPost("/", UploadCall).WithName("UploadCall").DisableAntiforgery().RequireAuthorization(AccessPolicies.Ingest).RequireSignedBody().AcceptsUpload();
        return routes;
    }

    /// <summary>
    /// Only the calls the caller may see: a rep's own, a manager's teams', an admin's all. <c>effective</c> filters on
    /// what counts (pending anomaly flags hold a call back); <c>flagged</c> on script compliance; <c>anomalies</c>
    /// (<c>pending</c>, <c>cleared</c>, <c>any</c>, <c>none</c>) on anomaly flags, so managers find the calls to review.
    /// </summary>
    public static async Task<Results<Ok<CallPage>, ValidationProblem, ForbidHttpResult>> ListCalls(
        CallCoachDbContext db,
        Caller caller,
        RepScope scope,
        string? repId,
        string? teamId,
        bool? effective,
        bool? flagged,
        string? anomalies,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken ct,
        int page = 1,
        int pageSize = 50)
    {
        if (page < 1 || pageSize is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["paging"] = ["page must be 1 or more and pageSize between 1 and 500"],
            });
        }

        if (anomalies is not null and not ("pending" or "cleared" or "any" or "none"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["anomalies"] = [$"'{anomalies}' is not an anomaly filter; use pending, cleared, any or none"],
            });
        }

        if (repId is not null && !await scope.ReadRepAsync(caller, repId, "calls", ct))
        {
            return TypedResults.Forbid();
        }

        var query = RepScope.Visible(db.Calls.AsNoTracking(), caller);
        if (repId is not null)
        {
            query = query.Where(c => c.RepId == repId);
        }

        if (teamId is not null)
        {
            query = query.Where(c => c.TeamId == teamId);
        }

        if (effective is not null)
        {
            query = effective.Value ? query.WhereCountedEffective() : query.WhereNotCountedEffective();
        }

        query = anomalies switch
        {
            "pending" => query.WhereAnomaliesPending(),
            "cleared" => query.WhereAnomaliesCleared(),
            "any" => query.Where(c => c.AnomalyFlags != null),
            "none" => query.Where(c => c.AnomalyFlags == null),
            _ => query,
        };

        if (flagged is not null)
        {
            query = query.Where(c => c.ComplianceFlagged == flagged);
        }

        // A call's date is when it started (from its metadata), or when it arrived if no one said.
        if (from is not null)
        {
            query = query.Where(c => c.OccurredAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(c => c.OccurredAt < to);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(c => c.OccurredAt)
            .ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new CallPage(page, pageSize, total, [.. items.Select(CallSummary.From)]));
    }

    public static async Task<Results<Ok<CallDetail>, NotFound, ForbidHttpResult>> GetCall(Guid id, CallCoachDbContext db, Caller caller, AuditLog audit, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking()
            .Include(c => c.Segments).ThenInclude(s => s.Words)
            .Include(c => c.KeywordHits)
            .Include(c => c.Objections)
            .Include(c => c.Acts)
            .Include(c => c.AxisScores)
            .Include(c => c.Redactions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.MaySee(call.RepId, call.TeamId))
        {
            await audit.DeniedAsync(caller, $"call {id}", ct);
            return TypedResults.Forbid();
        }

        await audit.RecordAsync(caller, AuditActions.ReadCall, call.RepId ?? "-", id.ToString(), ct);
        var history = await db.CallTransitions.AsNoTracking().Where(t => t.CallId == id).OrderBy(t => t.Id).ToListAsync(ct);

        // Stored in the order Analyze found them: by segment, then by position in its text.
        var hits = call.KeywordHits.OrderBy(h => h.Id).ToList();
        return TypedResults.Ok(new CallDetail(
            CallSummary.From(call),
            Reasons(call),
            [.. KeywordMatcher.Count([.. hits.Select(h => new KeywordHit(h.Term, h.Concept, h.SegmentIndex, h.Start))])
                .Select(k => new KeywordCountDto(k.Term, k.Count))],
            [.. hits.Select(h => new KeywordHitDto(h.Term, h.Concept, h.SegmentIndex, h.Start))],
            [.. call.Segments.OrderBy(s => s.Index).Select(s => new SegmentDto(
                s.Index,
                s.Speaker.ToString().ToLowerInvariant(),
                s.Start,
                s.End,
                s.Text,
                [.. s.Words.OrderBy(w => w.Index).Select(w => new WordDto(w.Text, w.Start, w.End))]))],
            [.. call.Objections.OrderBy(o => o.SegmentIndex).Select(o => new ObjectionFinding(o.Type, o.SegmentIndex, o.Text, o.Confidence) { Handled = o.Handled })],
            [.. call.Acts.OrderBy(a => a.SegmentIndex).Select(a => new ActFinding(a.Type, a.SegmentIndex, a.Confidence))],
            call.ComplianceJson is { } compliance ? JsonSerializer.Deserialize(compliance, AnalysisJson.Default.ScriptCompliance) : null,
            call.MetricsJson is { } metrics ? JsonSerializer.Deserialize(metrics, AnalysisJson.Default.ConversationMetrics) : null,
            [.. call.AxisScores
                .OrderBy(a => RadarAxes.All.ToList().IndexOf(a.Axis))
                .Select(a => new AxisScore(a.Axis, a.Score, JsonSerializer.Deserialize(a.ItemsJson, AnalysisJson.Default.IReadOnlyListScoreItem) ?? []))],
            [.. call.Redactions.OrderBy(r => r.SegmentIndex).ThenBy(r => r.CharStart).Select(RedactionDto.From)],
            [.. history.Select(TransitionDto.Of)]));
    }

    /// <summary>The effective rule's reasons, and why the call does not count yet when anomaly flags hold it back.</summary>
    private static List<string> Reasons(CallRecord call)
    {
        List<string> reasons = [.. call.EffectiveReasons?.Split('\n') ?? []];
        if (call.Effective == true && call.AnomaliesPending)
        {
            reasons.Add($"not counted as effective until a manager clears its anomaly flags ({string.Join(", ", call.ReadAnomalyFlags().Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString())))})");
        }

        return reasons;
    }

    /// <summary>
    /// Multipart upload: field "file" (recording or transcript) and optional field "metadata" (the sidecar JSON).
    /// The content decides what the file is, never its name: 415 when it is no format CallCoach reads, 422 when it
    /// is one but broken; both after quarantining it with the reason.
    /// </summary>
    public static async Task<Results<Accepted<UploadResult>, Ok<UploadResult>, ValidationProblem, ProblemHttpResult>> UploadCall(
        IFormFile? file,
        [FromForm] string? metadata,
        RecordingIntake intake,
        IOptions<DataOptions> data,
        LinkGenerator links,
        CancellationToken ct)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["a file field is required"] });
        }

        // Keep the caller's file name, made safe, so quarantine and archive records stay recognisable. A name ending
        // in .json would be its own sidecar; the content decides the type, so the extension can go.
        var fileName = SafeFileName.From(file.FileName);
        fileName = string.Equals(Path.GetExtension(fileName), ".json", StringComparison.OrdinalIgnoreCase) ? Path.ChangeExtension(fileName, ".upload") : fileName;
        var folder = Path.Combine(data.Value.Uploads, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        IntakeResult result;
        try
        {
            var path = SafeFileName.PathIn(folder, fileName);
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            if (!string.IsNullOrWhiteSpace(metadata))
            {
                await File.WriteAllTextAsync(SidecarReader.PathFor(path), metadata, ct);
            }

            result = await intake.AcceptAsync(path, ct);
        }
        finally
        {
            // Intake moves what it takes; what is left is a copy the client still has and was told failed.
            Directory.Delete(folder, recursive: true);
        }

        return result.Outcome switch
        {
            IntakeOutcome.Accepted => TypedResults.Accepted(
                links.GetPathByName("GetCall", new { id = result.CallId }),
                new UploadResult(result.CallId!.Value, result.MetadataOnly ? "metadataOnly" : "received", Duplicate: false)),
            IntakeOutcome.Duplicate => TypedResults.Ok(new UploadResult(result.CallId!.Value, "duplicate", Duplicate: true)),
            _ when result.UnsupportedContent => TypedResults.Problem(
                detail: result.Reason,
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The upload is no format CallCoach reads; it was quarantined."),
            _ => TypedResults.Problem(
                detail: result.Reason,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The upload cannot be analyzed; it was quarantined."),
        };
    }
}
