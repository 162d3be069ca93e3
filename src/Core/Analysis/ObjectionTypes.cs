namespace CallCoach.Core.Analysis;

/// <summary>The objection taxonomy. These names appear in JSON, the API and the training data, so they never change.</summary>
public static class ObjectionTypes
{
    public const string Price = "price";
    public const string Budget = "budget";
    public const string Timing = "timing";
    public const string Authority = "authority";
    public const string Need = "need";
    public const string Competitor = "competitor";
    public const string Trust = "trust";
    public const string Terms = "terms";
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Price, Budget, Timing, Authority, Need, Competitor, Trust, Terms, None];
}
