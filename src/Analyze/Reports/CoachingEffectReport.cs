namespace CallCoach.Analyze.Reports;

/// <summary>
/// For the packs of a month: the rep's conversion on same-tier customers in the 30 days before each pack against
/// the 30 days after. Under 5 points of improvement marks the pack's axis "methodology iteration needed".
/// </summary>
public sealed record CoachingEffectReport(string Month, DateTimeOffset ComputedAt, IReadOnlyList<PackEffect> Packs, IReadOnlyList<AxisEffect> Axes);

public sealed record PackEffect(
    Guid PackId,
    string RepId,
    string Axis,
    DateTimeOffset CreatedAt,
    Conversion Before,
    Conversion After,
    double? ImprovementPoints,
    string Status);

/// <summary>Won and lost deals of the rep's customers in the compared tiers, and the share won.</summary>
public sealed record Conversion(int Won, int Lost, IReadOnlyList<string> Tiers)
{
    public double? Rate => Won + Lost == 0 ? null : Math.Round((double)Won / (Won + Lost), 4);
}

public sealed record AxisEffect(string Axis, int Packs, int Measured, double? MeanImprovementPoints, bool MethodologyIterationNeeded);

public static class EffectStatus
{
    public const string Improved = "improved";
    public const string MethodologyIterationNeeded = "methodologyIterationNeeded";
    public const string NotEnoughData = "notEnoughData";
    /// <summary>The 30 days after the pack have not passed yet.</summary>
    public const string Pending = "pending";
}
