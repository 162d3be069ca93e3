using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Work;

/// <summary>
/// The pipeline's work for operators (admins): how many calls are in each state, the calls parked after their last
/// failed attempt, and queueing one again once its cause is fixed.
/// </summary>
public static class WorkApi
{
    public static IEndpointRouteBuilder MapWorkApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/work").WithTags("Work").RequireAuthorization(AccessPolicies.Admin);
        group.MapGet("/", Summary).WithName("WorkSummary");
        group.MapGet("/parked", ListParked).WithName("ListParkedCalls");
        group.MapPost("/parked/{id:guid}/requeue", Requeue).WithName("RequeueParkedCall");
        return routes;
    }

    public static async Task<Ok<WorkSummary>> Summary(CallCoachDbContext db, CancellationToken ct)
    {
        var counts = await db.Calls.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byState = Enum.GetValues<CallStatus>().ToDictionary(s => StateName(s), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
        var nextRetry = await db.Calls.AsNoTracking().Where(c => c.Status == CallStatus.Failed)
            .OrderBy(c => c.NextAttemptAt).Select(c => c.NextAttemptAt).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new WorkSummary(byState, nextRetry));
    }

    public static async Task<Results<Ok<IReadOnlyList<ParkedCall>>, ValidationProblem>> ListParked(
        CallWorkStore work, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (skip < 0 || take is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["skip must be 0 or more and take between 1 and 500."] });
        }

        var parked = await work.ListParkedAsync(skip, take, ct);
        return TypedResults.Ok<IReadOnlyList<ParkedCall>>([.. parked.Select(ParkedCall.From)]);
    }

    public static async Task<Results<Accepted<RequeuedCall>, ProblemHttpResult>> Requeue(
        Guid id, Caller caller, CallWorkStore work, AuditLog audit, CancellationToken ct)
    {
        if (!await work.RequeueAsync(id, caller.Id, ct))
        {
            return TypedResults.Problem($"Call {id} is not parked, so there is nothing to queue again.", statusCode: StatusCodes.Status404NotFound);
        }

        await audit.RecordAsync(caller, AuditActions.RequeueCall, id.ToString(), null, ct);
        return TypedResults.Accepted($"/api/calls/{id}", new RequeuedCall(id));
    }

    internal static string StateName(CallStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}

/// <param name="Calls">How many calls are in each state.</param>
/// <param name="NextRetryAt">When the next failed call is tried again, if any is waiting.</param>
public sealed record WorkSummary(IReadOnlyDictionary<string, int> Calls, DateTimeOffset? NextRetryAt);

public sealed record ParkedCall(
    Guid Id, string FileName, string? RepId, string? TeamId, string RetryFrom, int Attempts, string? FailureReason, DateTimeOffset ReceivedAt)
{
    public static ParkedCall From(CallRecord c) => new(
        c.Id, c.FileName, c.RepId, c.TeamId, WorkApi.StateName(c.RetryFrom ?? CallStatus.Received), c.Attempts, c.FailureReason, c.ReceivedAt);
}

public sealed record RequeuedCall(Guid Id);
