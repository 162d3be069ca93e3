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
        group.MapPost("/", AddOutcome).WithName("AddOutcome");
        group.MapGet("/", ListOutcomes).WithName("ListOutcomes");
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

    public static async Task<Ok<IReadOnlyList<OutcomeDto>>> ListOutcomes(string? customerId, CallCoachDbContext db, CancellationToken ct)
    {
        var rows = await db.Outcomes.AsNoTracking().Where(o => customerId == null || o.CustomerId == customerId).OrderBy(o => o.Id).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<OutcomeDto>>([.. rows.Select(OutcomeDto.From)]);
    }
}
