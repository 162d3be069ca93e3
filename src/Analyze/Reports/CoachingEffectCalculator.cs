namespace CallCoach.Analyze.Reports;

/// <summary>
/// Pure arithmetic of the coaching-effect report. "Same tier" means both windows are compared over the customer
/// tiers that closed deals in both, so a rep who moved from small to large accounts is not counted as worse.
/// </summary>
public static class CoachingEffectCalculator
{
    public const double ImprovementGoalPoints = 5;
    public const int WindowDays = 30;

    public static PackEffect Measure(Guid packId, string repId, string axis, DateTimeOffset createdAt, IReadOnlyList<DealOutcome> deals, DateTimeOffset now)
    {
        var before = deals.Where(d => d.ClosedAt >= createdAt.AddDays(-WindowDays) && d.ClosedAt < createdAt).ToList();
        var after = deals.Where(d => d.ClosedAt >= createdAt && d.ClosedAt < createdAt.AddDays(WindowDays)).ToList();
        var tiers = before.Select(d => d.Tier).Intersect(after.Select(d => d.Tier)).Order(StringComparer.Ordinal).ToList();
        var b = Count(before, tiers);
        var a = Count(after, tiers);
        if (now < createdAt.AddDays(WindowDays))
        {
            return new PackEffect(packId, repId, axis, createdAt, b, a, null, EffectStatus.Pending);
        }

        if (b.Rate is not { } rateBefore || a.Rate is not { } rateAfter)
        {
            return new PackEffect(packId, repId, axis, createdAt, b, a, null, EffectStatus.NotEnoughData);
        }

        var points = Math.Round(100 * (rateAfter - rateBefore), 1);
        return new PackEffect(packId, repId, axis, createdAt, b, a, points,
            points < ImprovementGoalPoints ? EffectStatus.MethodologyIterationNeeded : EffectStatus.Improved);
    }

    /// <summary>An axis needs its methodology reworked when its measured packs improved conversion by less than 5 points on average.</summary>
    public static IReadOnlyList<AxisEffect> ByAxis(IReadOnlyList<PackEffect> packs) =>
    [
        .. packs.GroupBy(p => p.Axis).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var measured = g.Where(p => p.ImprovementPoints is not null).ToList();
            var mean = measured.Count == 0 ? (double?)null : Math.Round(measured.Average(p => p.ImprovementPoints!.Value), 1);
            return new AxisEffect(g.Key, g.Count(), measured.Count, mean, mean < ImprovementGoalPoints);
        }),
    ];

    private static Conversion Count(List<DealOutcome> deals, List<string> tiers)
    {
        var compared = deals.Where(d => tiers.Contains(d.Tier)).ToList();
        return new Conversion(compared.Count(d => d.Won), compared.Count(d => !d.Won), tiers);
    }
}
