using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Calls;

/// <summary>
/// A manager's review of flagged calls: clearing a call's anomaly flags lets it count as effective. Listing the calls
/// to review is <c>GET /api/calls?anomalies=pending</c>.
/// </summary>
public static class CallAnomaliesApi
{
    public const int MaxNoteLength = 500;

    public static IEndpointRouteBuilder MapCallAnomaliesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/calls").WithTags("Calls");
        group.MapPost("/{id:guid}/anomalies/clear", ClearAnomalies).WithName("ClearCallAnomalies").RequireAuthorization(AccessPolicies.TeamData);
        return routes;
    }

    /// <summary>
    /// For the manager of the call's team, or an admin; audited. A call without flags is a 409; flags already cleared
    /// answer with the call as it is, the first clearing kept.
    /// </summary>
    public static async Task<Results<Ok<CallSummary>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> ClearAnomalies(
        Guid id, ClearAnomaliesRequest? request, CallCoachDbContext db, CallStore store, Caller caller, AuditLog audit, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(request?.Note) ? null : request.Note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [$"the note may have at most {MaxNoteLength} characters"] });
        }

        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ManagesTeam(call.TeamId))
        {
            await audit.DeniedAsync(caller, $"call {id}", ct);
            return TypedResults.Forbid();
        }

        if (call.AnomalyFlags is null)
        {
            return TypedResults.Problem($"Call {id} has no anomaly flags to clear.", statusCode: StatusCodes.Status409Conflict, title: "Nothing to clear.");
        }

        if (await store.ClearAnomaliesAsync(id, caller.Id, note, ct))
        {
            await audit.RecordAsync(caller, AuditActions.ClearAnomalies, call.RepId ?? "-", id.ToString(), ct);
        }

        var cleared = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == id, ct);
        return TypedResults.Ok(CallSummary.From(cleared));
    }
}
