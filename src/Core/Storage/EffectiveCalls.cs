namespace CallCoach.Core.Storage;

/// <summary>
/// Which calls count as effective conversations, for every reader that counts them (radar, packs, benchmark clips,
/// the calls list): the rule said effective, and no anomaly flag holds the call back (none raised, or cleared by a
/// manager). One place, so no reader counts a flagged call by reading <see cref="CallRecord.Effective"/> alone.
/// </summary>
public static class EffectiveCalls
{
    public static IQueryable<CallRecord> WhereCountedEffective(this IQueryable<CallRecord> calls) =>
        calls.Where(c => c.Effective == true && (c.AnomalyFlags == null || c.AnomaliesClearedAt != null));

    /// <summary>Analyzed calls that do not count: the rule said not effective, or pending flags hold them back.</summary>
    public static IQueryable<CallRecord> WhereNotCountedEffective(this IQueryable<CallRecord> calls) =>
        calls.Where(c => c.Effective == false || (c.Effective == true && c.AnomalyFlags != null && c.AnomaliesClearedAt == null));

    public static IQueryable<CallRecord> WhereAnomaliesPending(this IQueryable<CallRecord> calls) =>
        calls.Where(c => c.AnomalyFlags != null && c.AnomaliesClearedAt == null);

    public static IQueryable<CallRecord> WhereAnomaliesCleared(this IQueryable<CallRecord> calls) =>
        calls.Where(c => c.AnomalyFlags != null && c.AnomaliesClearedAt != null);
}
