using System.Text.Json;
using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Radar;
using CallCoach.Core.Analysis;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Packs;

/// <summary>
/// Plans a rep's pack: the weakest scored axis (ties: the larger gap below the team median), the objection type the
/// rep most often left unhandled, the playbook template for both in the rep's language, a role-play from the rep's
/// own words, and a clip of another rep's best call on the axis. Null when the rep has no scored axis yet.
/// </summary>
public sealed class PackPlanner(
    IDbContextFactory<CallCoachDbContext> contexts,
    RadarQueries radars,
    Playbook playbook,
    IOptions<PackOptions> options,
    IOptions<RadarOptions> radar,
    TimeProvider time) : IDisposable
{
    private readonly BenchmarkCandidates candidates = new(contexts, options, time);

    public void Dispose() => candidates.Dispose();

    /// <param name="at">The moment the pack is for; null is now, which reads the radar from its snapshot when current.</param>
    public async Task<PackPlan?> PlanAsync(string repId, DateTimeOffset? moment, CancellationToken ct)
    {
        var repRadar = await radars.RepAsync(repId, moment, ct);
        var at = moment ?? time.GetUtcNow();
        var weakest = repRadar?.Axes
            .Where(a => a.Score is not null)
            .OrderBy(a => a.Score)
            .ThenByDescending(a => (a.TeamMedian ?? a.Score!.Value) - a.Score!.Value)
            .ThenBy(a => RadarAxes.All.ToList().IndexOf(a.Axis))
            .FirstOrDefault();
        if (repRadar is null || weakest is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var from = at.AddDays(-radar.Value.WindowDays);
        var calls = db.Calls.AsNoTracking().WhereCountedEffective().Where(c => c.RepId == repId
            && c.OccurredAt >= from && c.OccurredAt < at);
        var unhandled = await calls
            .Join(db.Objections, c => c.Id, o => o.CallId, (c, o) => new { c.Id, When = c.OccurredAt, o.Type, o.Text, o.SegmentIndex, o.Handled })
            .Where(o => o.Handled == false)
            .ToListAsync(ct);
        var objectionType = unhandled
            .Where(o => weakest.Axis == RadarAxes.ObjectionHandling || playbook.Templates.Any(t => t.Axis == weakest.Axis && t.Objection == o.Type))
            .GroupBy(o => o.Type)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(o => o.When))
            .Select(g => g.Key)
            .FirstOrDefault();
        var texts = await calls.OrderByDescending(c => c.OccurredAt)
            .Join(db.Segments, c => c.Id, s => s.CallId, (c, s) => s.Text).Take(200).ToListAsync(ct);
        var language = texts.Count(t => TextLanguage.Of(t) == TextLanguage.Chinese) * 2 > texts.Count ? TextLanguage.Chinese : TextLanguage.English;
        var template = playbook.Find(weakest.Axis, objectionType, language);

        var ownWords = unhandled.Where(o => o.Type == objectionType).OrderByDescending(o => o.When)
            .DistinctBy(o => o.Text).Take(options.Value.RolePlayLines).ToList();
        RolePlay rolePlay = ownWords.Count > 0
            ? new(objectionType, [.. ownWords.Select((o, i) => new RolePlayLine(o.Text, template.ModelAnswers[i % template.ModelAnswers.Count].Rep, o.Id, o.SegmentIndex))])
            : new(objectionType, [.. template.ModelAnswers.Take(options.Value.RolePlayLines).Select(a => new RolePlayLine(a.Customer, a.Rep, null, null))]);

        var why = new PackReason(
            weakest.Axis,
            weakest.Score!.Value,
            weakest.TeamMedian,
            weakest.TeamMedian is { } median ? Math.Round(median - weakest.Score.Value, 1) : null,
            objectionType,
            [.. weakest.Evidence.Lowered.Concat(weakest.Evidence.Raised).Select(e => new PackEvidenceCall(e.CallId, e.Score))]);
        return new PackPlan(repId, repRadar.RepName, repRadar.TeamId, why, await ClipAsync(db, repId, weakest.Axis, at, ct), template, rolePlay);
    }

    private async Task<ClipPlan?> ClipAsync(CallCoachDbContext db, string repId, string axis, DateTimeOffset at, CancellationToken ct)
    {
        var best = (await candidates.ForAsync(axis, at, ct)).FirstOrDefault(c => c.RepId != repId);
        if (best is null)
        {
            return null;
        }

        var segments = await db.Segments.AsNoTracking().Where(s => s.CallId == best.Id).OrderBy(s => s.Index).ToListAsync(ct);
        if (segments.Count == 0)
        {
            return null;
        }

        var items = JsonSerializer.Deserialize(best.ItemsJson, AnalysisJson.Default.IReadOnlyListScoreItem) ?? [];
        var evidence = items.Where(i => i.Points > 0).SelectMany(i => i.Segments).Distinct().ToHashSet();
        var shown = segments.Where(s => evidence.Contains(s.Index)).ToList();
        if (shown.Count == 0)
        {
            shown = segments;
        }

        var (start, end) = ClipRange.Around(shown.Min(s => s.Start), shown.Max(s => s.End), best.DurationSeconds ?? segments.Max(s => s.End), options.Value);
        var padding = options.Value.BleepPaddingSeconds;
        var bleeps = await db.RedactionSpans.AsNoTracking()
            .Where(r => r.CallId == best.Id && r.AudioEnd + padding > start && r.AudioStart - padding < end)
            .OrderBy(r => r.AudioStart)
            .Select(r => new { r.AudioStart, r.AudioEnd })
            .ToListAsync(ct);
        return new ClipPlan(
            best.Id,
            best.RepId,
            best.Score,
            start,
            end,
            best.ArchivePath,
            [.. segments.Where(s => s.End > start && s.Start < end).Select(s => new ClipLine(s.Speaker.ToString().ToLowerInvariant(), s.Start, s.End, s.Text))],
            [.. bleeps.Select(b => (b.AudioStart - padding, b.AudioEnd + padding))]);
    }
}
