using System.Text.Json;
using System.Globalization;
using CallCoach.Core.Analysis;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.Analyze.Reports;

/// <summary>Gathers the outcomes, calls, objections and packs the two reports are computed from.</summary>
public sealed class ReportQueries(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time)
{
    private const string CoachingEffectKind = "coaching-effect";

    /// <param name="month">
    /// "2026-10": the packs whose 30 days after ended that month (UTC), so a report run on the 1st of the next month
    /// has every after-window complete.
    /// </param>
    public async Task<CoachingEffectReport> CoachingEffectAsync(string month, CancellationToken ct)
    {
        var start = DateTimeOffset.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var (from, to) = (start.AddDays(-CoachingEffectCalculator.WindowDays), start.AddMonths(1).AddDays(-CoachingEffectCalculator.WindowDays));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var packs = await db.Packs.AsNoTracking().Where(p => p.CreatedAt >= from && p.CreatedAt < to).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var effects = new List<PackEffect>();
        foreach (var pack in packs)
        {
            var deals = await DealsOfAsync(db, pack.RepId, ct);
            effects.Add(CoachingEffectCalculator.Measure(pack.Id, pack.RepId, pack.Axis, pack.CreatedAt, deals, time.GetUtcNow()));
        }

        return new CoachingEffectReport(month, time.GetUtcNow(), effects, CoachingEffectCalculator.ByAxis(effects));
    }

    /// <summary>The report the monthly job stored for the month, if it ran; figures then stay as they were that day.</summary>
    public async Task<CoachingEffectReport?> StoredCoachingEffectAsync(string month, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == CoachingEffectKind && r.Period == month, ct);
        return stored is null ? null : JsonSerializer.Deserialize(stored.Json, ReportJson.Default.CoachingEffectReport);
    }

    public async Task StoreAsync(CoachingEffectReport report, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Reports.FirstOrDefaultAsync(r => r.Kind == CoachingEffectKind && r.Period == report.Month, ct);
        if (stored is null)
        {
            stored = new ReportRecord { Kind = CoachingEffectKind, Period = report.Month, Json = "" };
            db.Reports.Add(stored);
        }

        stored.CreatedAt = report.ComputedAt;
        stored.Json = JsonSerializer.Serialize(report, ReportJson.Default.CoachingEffectReport);
        await db.SaveChangesAsync(ct);
    }

    /// <param name="teams">When given, only calls of these teams count, and only deals with such calls are reported.</param>
    public async Task<LostDealReport> LostDealsAsync(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string>? teams, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lost = await db.Outcomes.AsNoTracking().Where(o => !o.Won && o.ClosedAt >= from && o.ClosedAt < to).OrderBy(o => o.ClosedAt).ToListAsync(ct);
        var customers = lost.Select(o => o.CustomerId).Distinct().ToList();
        var teamList = teams?.ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => c.CustomerId != null && customers.Contains(c.CustomerId))
            .Where(c => teamList == null || (c.TeamId != null && teamList.Contains(c.TeamId)))
            .Select(c => new { c.Id, c.CustomerId, When = c.OccurredAt }).ToListAsync(ct);
        var ids = calls.Select(c => c.Id).ToList();
        var unhandled = await db.Objections.AsNoTracking().Where(o => ids.Contains(o.CallId) && o.Handled == false).Select(o => new { o.CallId, o.Type }).ToListAsync(ct);
        var budget = await db.Acts.AsNoTracking().Where(a => ids.Contains(a.CallId) && a.Type == RepActs.BudgetQuestion).Select(a => a.CallId).Distinct().ToListAsync(ct);

        var deals = lost.Select(o =>
        {
            var before = calls.Where(c => c.CustomerId == o.CustomerId && c.When <= o.ClosedAt).Select(c => c.Id).ToList();
            return new LostDeal(
                o.CustomerId,
                o.ClosedAt,
                o.Amount,
                before,
                [.. unhandled.Where(u => before.Contains(u.CallId)).Select(u => u.Type).Distinct().Order(StringComparer.Ordinal)],
                before.Any(budget.Contains));
        }).Where(d => teamList == null || d.Calls.Count > 0).ToList();
        var withCalls = deals.Where(d => d.Calls.Count > 0).ToList();
        var shares = ObjectionTypes.All.Where(t => t != ObjectionTypes.None).ToDictionary(
            type => type,
            type => withCalls.Count == 0 ? 0 : Math.Round((double)withCalls.Count(d => d.UnhandledObjections.Contains(type)) / withCalls.Count, 4));
        return new LostDealReport(
            from,
            to,
            deals.Count,
            withCalls.Count,
            shares,
            withCalls.Count == 0 ? null : Math.Round((double)withCalls.Count(d => !d.AskedBudget) / withCalls.Count, 4),
            deals);
    }

    /// <summary>The deals of every customer the rep called, each with the tier the customer had on the rep's latest call.</summary>
    private static async Task<List<DealOutcome>> DealsOfAsync(CallCoachDbContext db, string repId, CancellationToken ct)
    {
        var customers = await db.Calls.AsNoTracking().Where(c => c.RepId == repId && c.CustomerId != null)
            .OrderBy(c => c.OccurredAt)
            .Select(c => new { c.CustomerId, c.CustomerTier })
            .ToListAsync(ct);
        var tierOf = new Dictionary<string, string>();
        foreach (var call in customers)
        {
            tierOf[call.CustomerId!] = call.CustomerTier?.ToString() ?? "unknown";
        }

        var ids = tierOf.Keys.ToList();
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.CustomerId)).ToListAsync(ct);
        return [.. outcomes.Select(o => new DealOutcome(o.CustomerId, tierOf[o.CustomerId], o.Won, o.ClosedAt))];
    }
}
