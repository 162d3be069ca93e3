using CallCoach.CoachingApi.Access;
using CallCoach.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Audit;

/// <summary>For admins: who read whose data, who changed models and keys, and who was refused; newest first.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccessPolicies.Admin)
            .MapGet("/", ListEntries).WithName("ListAuditEntries");
        return routes;
    }

    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListEntries(
        string? actor,
        string? subject,
        string? action,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CallCoachDbContext db,
        CancellationToken ct,
        int page = 1,
        int pageSize = 100)
    {
        if (page < 1 || pageSize is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paging"] = ["page must be 1 or more and pageSize between 1 and 1000"] });
        }

        var query = db.AuditEntries.AsNoTracking();
        query = actor is null ? query : query.Where(e => e.Actor == actor);
        query = subject is null ? query : query.Where(e => e.Subject == subject);
        query = action is null ? query : query.Where(e => e.Action == action);
        query = from is null ? query : query.Where(e => e.At >= from);
        query = to is null ? query : query.Where(e => e.At < to);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(page, pageSize, total, [.. rows.Select(e => new AuditEntry(e.At, e.Actor, e.Roles, e.Action, e.Subject, e.Detail, e.Allowed))]));
    }
}

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditEntry> Items);

public sealed record AuditEntry(DateTimeOffset At, string Actor, string Roles, string Action, string Subject, string? Detail, bool Allowed);
