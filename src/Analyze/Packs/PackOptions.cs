using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Packs;

/// <summary>How packs are built and when they are generated.</summary>
public sealed class PackOptions
{
    public const string Section = "Packs";

    [Range(5, 600)]
    public double MinimumClipSeconds { get; set; } = 15;

    [Range(5, 600)]
    public double MaximumClipSeconds { get; set; } = 90;

    /// <summary>How far back a benchmark call may come from.</summary>
    [Range(1, 3650)]
    public int BenchmarkDays { get; set; } = 90;

    [Range(1, 10)]
    public int RolePlayLines { get; set; } = 3;

    /// <summary>
    /// Added before and after each redacted stretch bleeped in a clip: word times are estimates, and a stretch placed
    /// by its characters in a typed transcript more so.
    /// </summary>
    [Range(0, 5)]
    public double BleepPaddingSeconds { get; set; } = 0.25;

    /// <summary>Quartz cron of the weekly generation, in <see cref="TimeZone"/>: Monday 07:30, before the morning meeting.</summary>
    [Required]
    public string WeeklyCron { get; set; } = "0 30 7 ? * MON";

    /// <summary>An IANA or Windows time zone id; empty means the machine's.</summary>
    public string TimeZone { get; set; } = "";

    public TimeZoneInfo Zone => string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
