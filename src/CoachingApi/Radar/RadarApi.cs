using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Radar;

/// <summary>
/// Reps' and teams' capability radars, as JSON and as an SVG chart. `at` picks the end of the window (default: now).
/// A rep sees only their own radar, a manager their teams' reps', and every read is audited.
/// </summary>
public static class RadarApi
{
    public static IEndpointRouteBuilder MapRadarApi(this IEndpointRouteBuilder routes)
    {
        var reps = routes.MapGroup("/api/reps").WithTags("Radar").RequireAuthorization(AccessPolicies.RepData);
        reps.MapGet("/{id}/radar", GetRepRadar).WithName("GetRepRadar");
        reps.MapGet("/{id}/radar.svg", GetRepRadarSvg).WithName("GetRepRadarSvg");
        routes.MapGroup("/api/teams").WithTags("Radar").RequireAuthorization(AccessPolicies.TeamData)
            .MapGet("/{id}/radar", GetTeamRadar).WithName("GetTeamRadar");
        return routes;
    }

    public static async Task<Results<Ok<RepRadar>, ProblemHttpResult, ForbidHttpResult>> GetRepRadar(
        string id, DateTimeOffset? at, Caller caller, RepScope scope, AuditLog audit, RadarQueries radars, CancellationToken ct)
    {
        if (!await AllowedAsync(id, caller, scope, audit, ct))
        {
            return TypedResults.Forbid();
        }

        return await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("rep", id);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult, ForbidHttpResult>> GetRepRadarSvg(
        string id, DateTimeOffset? at, Caller caller, RepScope scope, AuditLog audit, RadarQueries radars, CancellationToken ct)
    {
        if (!await AllowedAsync(id, caller, scope, audit, ct))
        {
            return TypedResults.Forbid();
        }

        return await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Content(RadarSvg.Render(radar), "image/svg+xml") : NoCalls("rep", id);
    }

    public static async Task<Results<Ok<TeamRadar>, ProblemHttpResult, ForbidHttpResult>> GetTeamRadar(
        string id, DateTimeOffset? at, Caller caller, AuditLog audit, RadarQueries radars, CancellationToken ct)
    {
        if (!caller.ManagesTeam(id))
        {
            await audit.DeniedAsync(caller, $"team {id}", ct);
            return TypedResults.Forbid();
        }

        await audit.RecordAsync(caller, AuditActions.ReadTeam, id, "radar", ct);
        return await radars.TeamAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("team", id);
    }

    private static async Task<bool> AllowedAsync(string repId, Caller caller, RepScope scope, AuditLog audit, CancellationToken ct)
    {
        if (!await scope.MaySeeRepAsync(caller, repId, ct))
        {
            await audit.DeniedAsync(caller, $"rep {repId}", ct);
            return false;
        }

        await audit.RecordAsync(caller, AuditActions.ReadRep, repId, "radar", ct);
        return true;
    }

    private static ProblemHttpResult NoCalls(string what, string id) =>
        TypedResults.Problem($"There is no call of {what} '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
