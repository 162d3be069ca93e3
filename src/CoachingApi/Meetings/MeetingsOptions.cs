using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Meetings;

/// <summary>What the three meeting systems share: how fresh a signed event must be, and how downloads are retried.</summary>
public sealed class MeetingsOptions : IValidatableObject
{
    public const string Section = "Meetings";

    /// <summary>How far a signed event's timestamp (Zoom, Feishu) may be from the server's clock, either way.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a download is parked (kept, no longer retried by itself): with the default back-off about a day.</summary>
    [Range(1, 1_000)]
    public int MaxAttempts { get; set; } = 30;

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one attempt (token, metadata and the file itself) may take; a large recording needs minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the store is looked at for due downloads when no webhook rings; a new event wakes the downloader at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRetryDelay < FirstRetryDelay)
        {
            yield return new ValidationResult(
                $"Meetings:MaxRetryDelay ({MaxRetryDelay}) is shorter than Meetings:FirstRetryDelay ({FirstRetryDelay}).");
        }
    }
}
