using CallCoach.Analyze.Radar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Radar;

/// <summary>Reps' and teams' capability radars, as JSON and as an SVG chart. `at` picks the end of the window (default: now).</summary>
public static class RadarApi
{
    public static IEndpointRouteBuilder MapRadarApi(this IEndpointRouteBuilder routes)
    {
        var reps = routes.MapGroup("/api/reps").WithTags("Radar");
        reps.MapGet("/{id}/radar", GetRepRadar).WithName("GetRepRadar");
        reps.MapGet("/{id}/radar.svg", GetRepRadarSvg).WithName("GetRepRadarSvg");
        routes.MapGroup("/api/teams").WithTags("Radar").MapGet("/{id}/radar", GetTeamRadar).WithName("GetTeamRadar");
        return routes;
    }

    public static async Task<Results<Ok<RepRadar>, ProblemHttpResult>> GetRepRadar(string id, DateTimeOffset? at, RadarQueries radars, CancellationToken ct) =>
        await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("rep", id);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetRepRadarSvg(string id, DateTimeOffset? at, RadarQueries radars, CancellationToken ct) =>
        await radars.RepAsync(id, at, ct) is { } radar ? TypedResults.Content(RadarSvg.Render(radar), "image/svg+xml") : NoCalls("rep", id);

    public static async Task<Results<Ok<TeamRadar>, ProblemHttpResult>> GetTeamRadar(string id, DateTimeOffset? at, RadarQueries radars, CancellationToken ct) =>
        await radars.TeamAsync(id, at, ct) is { } radar ? TypedResults.Ok(radar) : NoCalls("team", id);

    private static ProblemHttpResult NoCalls(string what, string id) =>
        TypedResults.Problem($"There is no call of {what} '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
