using System.ComponentModel.DataAnnotations;

namespace CallCoach.Ingest;

public enum StereoChannel
{
    Left,
    Right,
}

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The stereo channel that carries the rep; the other carries the customer.</summary>
    public StereoChannel StereoRepChannel { get; set; } = StereoChannel.Left;

    /// <summary>A file must stay unchanged this long before it is taken, so half-copied files are not read.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the inbox is rescanned, in case a file-system event was missed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
