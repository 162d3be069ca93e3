using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Hosting;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest accepted upload; an hour of 44.1 kHz stereo WAV is about 640 MB.</summary>
    [Range(1, 16_384)]
    public int MaxUploadMegabytes { get; set; } = 1024;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>Largest body of every other request (JSON): labels, outcomes, keys and the like are a few hundred bytes.</summary>
    [Range(1, 65_536)]
    public int MaxJsonKilobytes { get; set; } = 256;

    public long MaxJsonBytes => MaxJsonKilobytes * 1024L;
}
