using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;

using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;

namespace CallCoach.CoachingApi.Models;

/// <summary>The data team's model lifecycle: list versions, train a challenger, promote, roll back.</summary>
public static class ModelsApi
{
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/models").WithTags("Models").RequireAuthorization(AccessPolicies.ModelWork);
        group.MapGet("/", ListModels).WithName("ListModels");
        group.MapGet("/{name}/card", GetServingCard).WithName("GetServingModelCard");
        group.MapPost("/{name}/train", Train).WithName("TrainModel");
        group.MapGet("/{name}/training/{id:guid}", GetTrainingJob).WithName("GetTrainingJob");
        group.MapPost("/{name}/promote", Promote).WithName("PromoteModel");
        group.MapPost("/{name}/rollback", Rollback).WithName("RollbackModel");
        return routes;
    }

    public static async Task<Ok<IReadOnlyList<ModelSummary>>> ListModels(ModelRegistry registry, ServingClassifiers serving, CancellationToken ct)
    {
        var models = new List<ModelSummary>();
        foreach (var kind in ClassifierKind.All)
        {
            var versions = await registry.VersionsAsync(kind, ct);
            var active = ModelRegistry.Active(versions);
            models.Add(new ModelSummary(
                kind.Name,
                kind.Labels,
                ServingModel.From(serving.For(kind).Current, shipped: active is null),
                serving.Shipped(kind).Card,
                [.. versions.Select(v => ModelVersionDto.From(v, v == active))]));
        }

        return TypedResults.Ok<IReadOnlyList<ModelSummary>>(models);
    }

    /// <summary>The serving version's full card: per-class cross-validated and held-out reports with confusion matrices.</summary>
    public static Results<Ok<ModelCard>, ProblemHttpResult> GetServingCard(string name, ServingClassifiers serving) =>
        ClassifierKind.Find(name) is { } kind ? TypedResults.Ok(serving.For(kind).Current.Card) : UnknownModel(name);

    public static async Task<Results<Accepted<TrainingJobDto>, ProblemHttpResult>> Train(
        string name, TrainRequest? request, Caller caller, AuditLog audit, TrainingQueue queue, CancellationToken ct)
    {
        if (ClassifierKind.Find(name) is not { } kind)
        {
            return UnknownModel(name);
        }

        var job = await queue.RequestAsync(kind, request?.Force ?? false, $"api by {caller.Id}", ct);
        await audit.RecordAsync(caller, AuditActions.TrainModel, kind.Name, job.Id.ToString(), ct);
        return TypedResults.Accepted($"/api/models/{kind.Name}/training/{job.Id}", TrainingJobDto.From(job));
    }

    public static async Task<Results<Ok<TrainingJobDto>, NotFound>> GetTrainingJob(string name, Guid id, TrainingQueue queue, CancellationToken ct) =>
        await queue.FindAsync(id, ct) is { } job && job.Model == name ? TypedResults.Ok(TrainingJobDto.From(job)) : TypedResults.NotFound();

    public static async Task<Results<Ok<ModelVersionDto>, ProblemHttpResult>> Promote(
        string name, PromoteRequest request, Caller caller, AuditLog audit, ModelRegistry registry, CancellationToken ct)
    {
        if (ClassifierKind.Find(name) is not { } kind)
        {
            return UnknownModel(name);
        }

        try
        {
            var decision = request.Force ? $"promoted by force through the API by {caller.Id}" : $"promoted through the API by {caller.Id}: not worse on the held-out split";
            var version = await registry.PromoteAsync(kind, request.Version, request.Force, decision, ct);
            await audit.RecordAsync(caller, AuditActions.PromoteModel, kind.Name, $"version {version.Version}{(request.Force ? ", forced" : "")}", ct);
            return TypedResults.Ok(ModelVersionDto.From(version, serving: true));
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (PromotionRefusedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    public static async Task<Results<Ok<ServingModel>, ProblemHttpResult>> Rollback(
        string name, Caller caller, AuditLog audit, ModelRegistry registry, ServingClassifiers serving, CancellationToken ct)
    {
        if (ClassifierKind.Find(name) is not { } kind)
        {
            return UnknownModel(name);
        }

        try
        {
            var restored = await registry.RollbackAsync(kind, ct);
            await audit.RecordAsync(caller, AuditActions.RollbackModel, kind.Name, $"now serving {restored.Path}", ct);
            return TypedResults.Ok(ServingModel.From(restored, shipped: restored.Path == serving.ShippedPath(kind)));
        }
        catch (PromotionRefusedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static ProblemHttpResult UnknownModel(string name) => TypedResults.Problem(
        $"There is no model '{name}'; the models are {string.Join(", ", ClassifierKind.All.Select(k => k.Name))}.",
        statusCode: StatusCodes.Status404NotFound);
}
