namespace CallCoach.Core.Storage;

/// <summary>
/// A computed radar ("rep:&lt;id&gt;" or "team:&lt;id&gt;"), served until the team's data changes or the day turns; the
/// nightly recompute refreshes them all, so a radar query is one indexed read instead of an aggregation.
/// </summary>
public sealed class RadarSnapshotRecord
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    /// <summary>The newest analysis or anomaly-flag change (raised, cleared) among the calls the radar was computed from.</summary>
    public DateTimeOffset? DataVersion { get; set; }
    public required string Json { get; set; }
}
