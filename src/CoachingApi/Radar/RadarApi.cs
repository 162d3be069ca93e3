using CallCoach.Analyze.Radar;
using CallCoach.CoachingApi.Access;
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
        string id, DateTimeOffset? at, Caller caller, RepScope scope, RadarQueries radars, CancellationToken ct)
    {
        if (!await scope.ReadRepAsync(caller, id, "radar", ct))
        {
            return TypedResults.Forbid();
        }

        return await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("rep", id);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult, ForbidHttpResult>> GetRepRadarSvg(
        string id, DateTimeOffset? at, Caller caller, RepScope scope, RadarQueries radars, CancellationToken ct)
    {
        if (!await scope.ReadRepAsync(caller, id, "radar", ct))
        {
            return TypedResults.Forbid();
        }

        return await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Content(RadarSvg.Render(radar), "image/svg+xml") : NoCalls("rep", id);
    }

    public static async Task<Results<Ok<TeamRadar>, ProblemHttpResult, ForbidHttpResult>> GetTeamRadar(
        string id, DateTimeOffset? at, Caller caller, RepScope scope, RadarQueries radars, CancellationToken ct)
    {
        if (!await scope.ReadTeamAsync(caller, id, "radar", ct))
        {
            return TypedResults.Forbid();
        }

        return await radars.TeamAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("team", id);
    }

    private static ProblemHttpResult NoCalls(string what, string id) =>
        TypedResults.Problem($"There is no call of {what} '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
