using System.Globalization;
using CallCoach.Analyze.Reports;
using CallCoach.CoachingApi.Access;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Reports;

/// <summary>
/// Whether coaching worked (conversion before and after each pack) and why deals were lost. A manager's reports
/// cover their own teams' reps and calls only; an admin's cover everyone.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(AccessPolicies.TeamData);
        group.MapGet("/coaching-effect", GetCoachingEffect).WithName("GetCoachingEffectReport");
        group.MapGet("/lost-deals", GetLostDeals).WithName("GetLostDealReport");
        return routes;
    }

    /// <summary>`month` (default: last month) names when the packs' 30 days after ended; the monthly job's stored report wins over a live one.</summary>
    public static async Task<Results<Ok<CoachingEffectReport>, ValidationProblem>> GetCoachingEffect(
        string? month, Caller caller, ReportQueries reports, CallCoachDbContext db, TimeProvider time, CancellationToken ct)
    {
        var which = month ?? time.GetUtcNow().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!DateTime.TryParseExact(which, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["a month such as 2026-10"] });
        }

        var report = await reports.StoredCoachingEffectAsync(which, ct) ?? await reports.CoachingEffectAsync(which, ct);
        if (caller.IsAdmin)
        {
            return TypedResults.Ok(report);
        }

        var reps = (await RepScope.Visible(db.Calls.AsNoTracking(), caller).Where(c => c.RepId != null).Select(c => c.RepId!).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var packs = report.Packs.Where(p => reps.Contains(p.RepId)).ToList();
        return TypedResults.Ok(report with { Packs = packs, Axes = CoachingEffectCalculator.ByAxis(packs) });
    }

    /// <summary>Lost deals closed in [from, to); by default the last 90 days.</summary>
    public static async Task<Results<Ok<LostDealReport>, ValidationProblem>> GetLostDeals(
        DateTimeOffset? from, DateTimeOffset? to, Caller caller, ReportQueries reports, TimeProvider time, CancellationToken ct)
    {
        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddDays(-90);
        if (start >= end)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["must be before to"] });
        }

        return TypedResults.Ok(await reports.LostDealsAsync(start, end, caller.IsAdmin ? null : [.. caller.Teams], ct));
    }
}
