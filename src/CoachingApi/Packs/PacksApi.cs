using CallCoach.Analyze.Packs;
using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Packs;

/// <summary>
/// Minimum intervention packs: generate on demand (managers), read one and play its clip (the rep and their
/// managers), list a rep's packs or a team's week.
/// </summary>
public static class PacksApi
{
    public static IEndpointRouteBuilder MapPacksApi(this IEndpointRouteBuilder routes)
    {
        var packs = routes.MapGroup("/api/packs").WithTags("Packs");
        packs.MapPost("/generate", Generate).WithName("GeneratePacks").RequireAuthorization(AccessPolicies.TeamData);
        packs.MapGet("/{id:guid}", GetPack).WithName("GetPack").RequireAuthorization(AccessPolicies.RepData);
        packs.MapGet("/{id:guid}/clip.wav", GetClip).WithName("GetPackClip").RequireAuthorization(AccessPolicies.RepData);
        routes.MapGroup("/api/reps").WithTags("Packs").RequireAuthorization(AccessPolicies.RepData)
            .MapGet("/{id}/packs", ListRepPacks).WithName("ListRepPacks");
        routes.MapGroup("/api/teams").WithTags("Packs").RequireAuthorization(AccessPolicies.TeamData)
            .MapGet("/{id}/packs", ListTeamPacks).WithName("ListTeamPacks");
        return routes;
    }

    /// <summary>For one rep or every rep of a team; a rep who already has this week's pack gets that one back.</summary>
    public static async Task<Results<Ok<GeneratedPacks>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> Generate(
        GeneratePacksRequest request, Caller caller, RepScope scope, AuditLog audit, PackService packs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RepId) == string.IsNullOrWhiteSpace(request.TeamId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["repId"] = ["give either repId or teamId"] });
        }

        var allowed = request.RepId is { } asked ? await scope.MaySeeRepAsync(caller, asked, ct) : caller.ManagesTeam(request.TeamId);
        var subject = request.RepId is null ? $"team {request.TeamId}" : $"rep {request.RepId}";
        if (!allowed)
        {
            await audit.DeniedAsync(caller, subject, ct);
            return TypedResults.Forbid();
        }

        await audit.RecordAsync(caller, AuditActions.GeneratePacks, request.RepId ?? request.TeamId!, null, ct);
        var reps = request.RepId is { } rep ? (await packs.HasCallsAsync(rep, ct) ? [rep] : []) : await packs.RepsAsync(request.TeamId, ct);
        if (reps.Count == 0)
        {
            return TypedResults.Problem($"There is no call of {(request.RepId is null ? $"team '{request.TeamId}'" : $"rep '{request.RepId}'")}.", statusCode: StatusCodes.Status404NotFound);
        }

        var generated = new List<CoachingPack>();
        var skipped = new List<SkippedRep>();
        foreach (var repId in reps)
        {
            var (pack, reason) = await packs.GenerateAsync(repId, "manual", ct);
            if (pack is not null)
            {
                generated.Add(pack);
            }
            else
            {
                skipped.Add(new SkippedRep(repId, reason!));
            }
        }

        return TypedResults.Ok(new GeneratedPacks(packs.CurrentWeek, generated, skipped));
    }

    public static async Task<Results<Ok<CoachingPack>, NotFound, ForbidHttpResult>> GetPack(
        Guid id, Caller caller, AuditLog audit, PackService packs, CancellationToken ct)
    {
        var found = await packs.GetAsync(id, ct);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        return await MaySeeAsync(found.Value.Pack, caller, audit, ct) ? TypedResults.Ok(found.Value.Pack) : TypedResults.Forbid();
    }

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult, ForbidHttpResult>> GetClip(
        Guid id, Caller caller, AuditLog audit, PackService packs, CancellationToken ct)
    {
        var found = await packs.GetAsync(id, ct);
        if (found is null)
        {
            return TypedResults.Problem($"There is no pack {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!await MaySeeAsync(found.Value.Pack, caller, audit, ct))
        {
            return TypedResults.Forbid();
        }

        return found.Value.ClipPath is { } path && File.Exists(path)
            ? TypedResults.PhysicalFile(path, "audio/wav", $"pack-{id}.wav", enableRangeProcessing: true)
            : TypedResults.Problem("This pack's benchmark call has no audio; its clip is the transcript excerpt in the pack.", statusCode: StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<RepPacks>, ValidationProblem, ForbidHttpResult>> ListRepPacks(
        string id, string? week, Caller caller, RepScope scope, PackService packs, CancellationToken ct)
    {
        if (week is not null && !PackWeek.IsValid(week))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["an ISO week such as 2026-W48"] });
        }

        if (!await scope.ReadRepAsync(caller, id, "packs", ct))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(new RepPacks(id, packs.CurrentWeek, await packs.ForRepAsync(id, week, ct)));
    }

    public static async Task<Results<Ok<TeamPacks>, ValidationProblem, ForbidHttpResult>> ListTeamPacks(
        string id, string? week, Caller caller, RepScope scope, PackService packs, CancellationToken ct)
    {
        var which = week ?? packs.CurrentWeek;
        if (!PackWeek.IsValid(which))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["an ISO week such as 2026-W48"] });
        }

        if (!await scope.ReadTeamAsync(caller, id, "packs", ct))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(new TeamPacks(id, which, await packs.ForTeamAsync(id, which, ct)));
    }

    private static async Task<bool> MaySeeAsync(CoachingPack pack, Caller caller, AuditLog audit, CancellationToken ct)
    {
        if (!caller.MaySee(pack.RepId, pack.TeamId))
        {
            await audit.DeniedAsync(caller, $"pack {pack.Id}", ct);
            return false;
        }

        await audit.RecordAsync(caller, AuditActions.ReadRep, pack.RepId, $"pack {pack.Id}", ct);
        return true;
    }
}

public sealed record GeneratePacksRequest(string? RepId, string? TeamId);

public sealed record GeneratedPacks(string Week, IReadOnlyList<CoachingPack> Packs, IReadOnlyList<SkippedRep> Skipped);

public sealed record SkippedRep(string RepId, string Reason);

public sealed record TeamPacks(string TeamId, string Week, IReadOnlyList<CoachingPack> Packs);

/// <summary>A rep's packs, newest first, and the current week so a page can tell whether this week's is among them.</summary>
public sealed record RepPacks(string RepId, string CurrentWeek, IReadOnlyList<CoachingPack> Packs);
