using CallCoach.CoachingApi.Access;
using CallCoach.CoachingApi.Audit;
using CallCoach.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Keys;

/// <summary>API keys for admins: list (never the secrets), create (the key is shown in this answer only), revoke.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(AccessPolicies.Admin);
        group.MapGet("/", ListKeys).WithName("ListApiKeys");
        group.MapPost("/", CreateKey).WithName("CreateApiKey");
        group.MapDelete("/{id}", RevokeKey).WithName("RevokeApiKey");
        return routes;
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListKeys(ApiKeys keys, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ApiKeyDto>>([.. (await keys.ListAsync(ct)).Select(ApiKeyDto.From)]);

    public static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateKey(
        CreateApiKeyRequest request, Caller caller, ApiKeys keys, AuditLog audit, CancellationToken ct)
    {
        var teams = request.Teams ?? [];
        if (ApiKeys.Check(request.Role ?? "", request.RepId, teams) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [problem] });
        }

        var created = await keys.CreateAsync(request.Role!, request.RepId, teams, request.Name, ct);
        await audit.RecordAsync(caller, AuditActions.CreateKey, created.Id, created.Record.Role, ct);
        return TypedResults.Created($"/api/keys/{created.Id}", new CreatedApiKey(created.Key, ApiKeyDto.From(created.Record)));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeKey(string id, Caller caller, ApiKeys keys, AuditLog audit, CancellationToken ct)
    {
        if (!await keys.RevokeAsync(id, ct))
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(caller, AuditActions.RevokeKey, id, null, ct);
        return TypedResults.NoContent();
    }
}

public sealed record CreateApiKeyRequest(string? Role, string? RepId, IReadOnlyList<string>? Teams, string? Name);

public sealed record CreatedApiKey(string Key, ApiKeyDto Details);

public sealed record ApiKeyDto(string Id, string Role, string? RepId, IReadOnlyList<string> Teams, string? Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyDto From(ApiKeyRecord k) =>
        new(k.Id, k.Role, k.RepId, (k.Teams ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), k.Name, k.CreatedAt, k.RevokedAt);
}
