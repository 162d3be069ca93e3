namespace CallCoach.Analyze.Reports;

/// <summary>
/// Of the deals lost in a period, the share whose calls held an unhandled objection of each type, and the share
/// where the rep never asked about budget: the coaching method's finding was that most lost deals hid a budget
/// constraint nobody uncovered.
/// </summary>
public sealed record LostDealReport(
    DateTimeOffset From,
    DateTimeOffset To,
    int LostDeals,
    int WithCalls,
    IReadOnlyDictionary<string, double> UnhandledObjectionShare,
    double? NeverAskedBudgetShare,
    IReadOnlyList<LostDeal> Deals);

/// <summary>One lost deal, its calls before it closed, what went unhandled in them, and whether budget was asked about.</summary>
public sealed record LostDeal(string CustomerId, DateTimeOffset ClosedAt, decimal Amount, IReadOnlyList<Guid> Calls, IReadOnlyList<string> UnhandledObjections, bool AskedBudget);
