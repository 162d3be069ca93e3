using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Radar;

/// <summary>How a rep's radar is drawn from their calls; see docs/radar.md.</summary>
public sealed class RadarOptions
{
    public const string Section = "Radar";

    [Range(1, 365)]
    public int WindowDays { get; set; } = 30;

    /// <summary>Fewer scored calls than this on an axis give "not enough data" instead of a score.</summary>
    [Range(1, 1000)]
    public int MinimumCalls { get; set; } = 3;

    /// <summary>Calls shown as evidence for raising and for lowering each axis.</summary>
    [Range(1, 50)]
    public int EvidenceCalls { get; set; } = 3;

    /// <summary>Quartz cron of the nightly recompute of every radar, in the packs' time zone.</summary>
    [Required]
    public string RecomputeCron { get; set; } = "0 0 3 * * ?";
}
