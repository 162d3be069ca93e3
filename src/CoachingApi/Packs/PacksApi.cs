using CallCoach.Analyze.Packs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Packs;

/// <summary>Minimum intervention packs: generate on demand, read one, play its clip, list a team's week.</summary>
public static class PacksApi
{
    public static IEndpointRouteBuilder MapPacksApi(this IEndpointRouteBuilder routes)
    {
        var packs = routes.MapGroup("/api/packs").WithTags("Packs");
        packs.MapPost("/generate", Generate).WithName("GeneratePacks");
        packs.MapGet("/{id:guid}", GetPack).WithName("GetPack");
        packs.MapGet("/{id:guid}/clip.wav", GetClip).WithName("GetPackClip");
        routes.MapGroup("/api/teams").WithTags("Packs").MapGet("/{id}/packs", ListTeamPacks).WithName("ListTeamPacks");
        return routes;
    }

    /// <summary>For one rep or every rep of a team; a rep who already has this week's pack gets that one back.</summary>
    public static async Task<Results<Ok<GeneratedPacks>, ValidationProblem, ProblemHttpResult>> Generate(
        GeneratePacksRequest request, PackService packs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RepId) == string.IsNullOrWhiteSpace(request.TeamId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["repId"] = ["give either repId or teamId"] });
        }

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

    public static async Task<Results<Ok<CoachingPack>, NotFound>> GetPack(Guid id, PackService packs, CancellationToken ct) =>
        await packs.GetAsync(id, ct) is { } found ? TypedResults.Ok(found.Pack) : TypedResults.NotFound();

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetClip(Guid id, PackService packs, CancellationToken ct)
    {
        var found = await packs.GetAsync(id, ct);
        if (found is null)
        {
            return TypedResults.Problem($"There is no pack {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        return found.Value.ClipPath is { } path && File.Exists(path)
            ? TypedResults.PhysicalFile(path, "audio/wav", $"pack-{id}.wav", enableRangeProcessing: true)
            : TypedResults.Problem("This pack's benchmark call has no audio; its clip is the transcript excerpt in the pack.", statusCode: StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<TeamPacks>, ValidationProblem>> ListTeamPacks(string id, string? week, PackService packs, CancellationToken ct)
    {
        var which = week ?? packs.CurrentWeek;
        if (!PackWeek.IsValid(which))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["an ISO week such as 2026-W48"] });
        }

        return TypedResults.Ok(new TeamPacks(id, which, await packs.ForTeamAsync(id, which, ct)));
    }
}

public sealed record GeneratePacksRequest(string? RepId, string? TeamId);

public sealed record GeneratedPacks(string Week, IReadOnlyList<CoachingPack> Packs, IReadOnlyList<SkippedRep> Skipped);

public sealed record SkippedRep(string RepId, string Reason);

public sealed record TeamPacks(string TeamId, string Week, IReadOnlyList<CoachingPack> Packs);
