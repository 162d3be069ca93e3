using CallCoach.Core.Analysis;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Turns stored call scores into radars, without touching the store: the mean call score per axis over the window,
/// "not enough data" under the minimum, the trend against the window before, the team median and percentile, and the
/// calls that raised or lowered each axis most. The formula is in docs/radar.md.
/// </summary>
public sealed class RadarCalculator(RadarOptions options)
{
    public (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset at) => (at.AddDays(-options.WindowDays), at);

    /// <param name="rows">Call scores of the rep's team (or the rep alone) from the start of the previous window to the end of this one.</param>
    public RepRadar ForRep(string repId, string? teamId, IReadOnlyList<CallAxisRow> rows, DateTimeOffset at)
    {
        var (from, to) = Window(at);
        var current = rows.Where(r => r.When >= from && r.When < to).ToList();
        var previous = rows.Where(r => r.When >= from.AddDays(-options.WindowDays) && r.When < from).ToList();
        var mine = current.Where(r => r.RepId == repId).ToList();
        var teamScores = RepScores(current);
        var axes = RadarAxes.All.Select(axis =>
        {
            var scored = mine.Where(r => r.Axis == axis && r.Score is not null).ToList();
            var score = Mean(scored);
            var before = Mean([.. previous.Where(r => r.RepId == repId && r.Axis == axis && r.Score is not null)]);
            var team = teamScores.Select(s => s.Value.GetValueOrDefault(axis)).OfType<int>().ToList();
            return new RadarAxis(
                axis,
                score,
                score is null ? RadarStatus.NotEnoughData : RadarStatus.Scored,
                scored.Count,
                before,
                score - before,
                Median(team),
                score is { } s && team.Count > 0 ? (int)Math.Round(100.0 * team.Count(t => t <= s) / team.Count) : null,
                Evidence(scored, score));
        }).ToList();
        return new RepRadar(repId, mine.Select(r => r.RepName).FirstOrDefault(n => n is not null), teamId, from, to, mine.Select(r => r.CallId).Distinct().Count(), axes);
    }

    public TeamRadar ForTeam(string teamId, IReadOnlyList<CallAxisRow> rows, DateTimeOffset at)
    {
        var (from, to) = Window(at);
        var current = rows.Where(r => r.When >= from && r.When < to).ToList();
        var scores = RepScores(current);
        var reps = current.GroupBy(r => r.RepId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new TeamRadarRow(
            g.Key, g.Select(r => r.RepName).FirstOrDefault(n => n is not null), g.Select(r => r.CallId).Distinct().Count(), scores[g.Key])).ToList();
        var median = RadarAxes.All.ToDictionary(axis => axis, axis => Median([.. reps.Select(r => r.Scores[axis]).OfType<int>()]));
        return new TeamRadar(teamId, from, to, reps, median);
    }

    private Dictionary<string, IReadOnlyDictionary<string, int?>> RepScores(IReadOnlyList<CallAxisRow> rows) =>
        rows.GroupBy(r => r.RepId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int?>)RadarAxes.All.ToDictionary(axis => axis, axis => Mean([.. g.Where(r => r.Axis == axis && r.Score is not null)])));

    private int? Mean(List<CallAxisRow> scored) =>
        scored.Count >= options.MinimumCalls ? (int)Math.Round(scored.Average(r => r.Score!.Value), MidpointRounding.AwayFromZero) : null;

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    /// <summary>Calls at or above the axis score raised it, those below lowered it; the furthest from it come first.</summary>
    private AxisEvidence Evidence(IReadOnlyList<CallAxisRow> scored, int? score)
    {
        if (score is not { } s)
        {
            return new AxisEvidence([], []);
        }

        static CallEvidence Call(CallAxisRow r) => new(r.CallId, r.When, r.Score!.Value, []);
        return new AxisEvidence(
            [.. scored.Where(r => r.Score >= s).OrderByDescending(r => r.Score).ThenBy(r => r.When).Take(options.EvidenceCalls).Select(Call)],
            [.. scored.Where(r => r.Score < s).OrderBy(r => r.Score).ThenBy(r => r.When).Take(options.EvidenceCalls).Select(Call)]);
    }
}
