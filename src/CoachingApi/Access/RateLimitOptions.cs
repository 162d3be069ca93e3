using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Access;

/// <summary>A token bucket per caller (key or user; per address before sign-in): a steady rate and a burst on top.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public bool Enabled { get; set; } = true;

    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 20;

    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;
}
