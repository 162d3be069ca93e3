using CallCoach.CoachingApi.Access;
using CallCoach.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Outcomes;

/// <summary>Deal outcomes from the CRM: won or lost, the amount and when it closed, per customer.</summary>
public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/outcomes").WithTags("Outcomes");
        group.MapPost("/", AddOutcome).WithName("AddOutcome").RequireAuthorization(AccessPolicies.Ingest);
        group.MapGet("/", ListOutcomes).WithName("ListOutcomes").RequireAuthorization(AccessPolicies.TeamData);
        return routes;
    }

    /// <summary>201 for a new outcome; 200 with the stored one when the same customer and closing time was sent before.</summary>
    public static async Task<Results<Created<OutcomeDto>, Ok<OutcomeDto>, ValidationProblem>> AddOutcome(
        OutcomeRequest request, CallCoachDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var closedAt = request.ClosedAt!.Value;
        var existing = await db.Outcomes.AsNoTracking().FirstOrDefaultAsync(o => o.CustomerId == request.CustomerId && o.ClosedAt == closedAt, ct);
        if (existing is not null)
        {
            return TypedResults.Ok(OutcomeDto.From(existing));
        }

        var outcome = new OutcomeRecord
        {
            CustomerId = request.CustomerId!,
            Won = request.Result == "won",
            Amount = request.Amount!.Value,
            ClosedAt = closedAt,
            ReceivedAt = time.GetUtcNow(),
        };
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/outcomes?customerId={Uri.EscapeDataString(outcome.CustomerId)}", OutcomeDto.From(outcome));
    }

    /// <summary>A manager sees the outcomes of customers their teams have called; an admin sees all.</summary>
    public static async Task<Ok<IReadOnlyList<OutcomeDto>>> ListOutcomes(string? customerId, Caller caller, CallCoachDbContext db, CancellationToken ct)
    {
        var outcomes = db.Outcomes.AsNoTracking().Where(o => customerId == null || o.CustomerId == customerId);
        if (!caller.IsAdmin)
        {
            var customers = RepScope.Visible(db.Calls.AsNoTracking(), caller).Where(c => c.CustomerId != null).Select(c => c.CustomerId);
            outcomes = outcomes.Where(o => customers.Contains(o.CustomerId));
        }

        var rows = await outcomes.OrderBy(o => o.Id).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<OutcomeDto>>([.. rows.Select(OutcomeDto.From)]);
    }
}
