using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Lifecycle;
using CallCoach.Core.Storage;
using CallCoach.CoachingApi.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Labels;

/// <summary>Label corrections from the data team; the next training run of the label's model learns from them.</summary>
public static class LabelsApi
{
    public static IEndpointRouteBuilder MapLabelsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/labels").WithTags("Labels").RequireAuthorization(AccessPolicies.ModelWork);
        group.MapPost("/", AddCorrection).WithName("AddLabelCorrection");
        group.MapGet("/", ListCorrections).WithName("ListLabelCorrections");
        return routes;
    }

    public static async Task<Results<Created<LabelCorrectionDto>, ValidationProblem, ProblemHttpResult>> AddCorrection(
        LabelCorrectionRequest request, LabelCorrections corrections, CallCoachDbContext db, CancellationToken ct)
    {
        var kind = request.Model is { } name ? ClassifierKind.Find(name) : ClassifierKind.ForLabel(request.Label ?? "");
        var errors = new Dictionary<string, string[]>();
        if (kind is null || !kind.Labels.Contains(request.Label ?? ""))
        {
            errors["label"] = [$"'{request.Label}' is not a label of {(kind is null ? "any model" : $"the {kind.Name} model")}: " +
                string.Join("; ", ClassifierKind.All.Select(k => $"{k.Name}: {string.Join(", ", k.Labels)}"))];
        }

        var fromSegment = request.CallId is not null || request.SegmentIndex is not null;
        if (fromSegment == !string.IsNullOrWhiteSpace(request.Text) || (fromSegment && (request.CallId is null || request.SegmentIndex is null)))
        {
            errors["text"] = ["give either the text, or the callId and segmentIndex of the segment it was said in"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var text = request.Text?.Trim();
        if (fromSegment)
        {
            text = await db.Segments.Where(s => s.CallId == request.CallId && s.Index == request.SegmentIndex).Select(s => s.Text).FirstOrDefaultAsync(ct);
            if (text is null)
            {
                return TypedResults.Problem($"Call {request.CallId} has no segment {request.SegmentIndex}.", statusCode: StatusCodes.Status404NotFound);
            }
        }

        var saved = await corrections.AddAsync(kind!, text!, request.Label!, request.CallId, request.SegmentIndex, ct);
        return TypedResults.Created($"/api/labels/{saved.Id}", LabelCorrectionDto.From(saved));
    }

    public static async Task<Ok<IReadOnlyList<LabelCorrectionDto>>> ListCorrections(string? model, CallCoachDbContext db, CancellationToken ct)
    {
        var rows = await db.LabelCorrections.AsNoTracking()
            .Where(c => model == null || c.Model == model)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<LabelCorrectionDto>>([.. rows.Select(LabelCorrectionDto.From)]);
    }
}
