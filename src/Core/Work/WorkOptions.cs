using System.ComponentModel.DataAnnotations;

namespace CallCoach.Core.Work;

/// <summary>How calls are leased, resumed and retried. Section <c>Work</c>; see docs/decisions/023-durable-call-states.md.</summary>
public sealed class WorkOptions : IValidatableObject
{
    public const string Section = "Work";

    /// <summary>
    /// This process's name on the leases it holds. At start an instance takes back the leases held under its own name
    /// (its previous life's), so every instance sharing a store needs its own; empty means the machine's name.
    /// </summary>
    public string InstanceName { get; set; } = "";

    /// <summary>How long a lease holds without renewal; a crashed instance's calls are taken over after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the work loop looks in the store for calls to resume or retry.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of a stage before the call is parked.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; it doubles with each further failure, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    public string EffectiveInstanceName => string.IsNullOrWhiteSpace(InstanceName) ? Environment.MachineName : InstanceName.Trim();

    /// <summary>The wait before attempt <paramref name="failures"/> + 1.</summary>
    public TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromTicks(Math.Min(RetryMaxDelay.Ticks, RetryBaseDelay.Ticks * (1L << Math.Clamp(failures - 1, 0, 30))));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LeaseDuration < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("Work:LeaseDuration must be at least one second.");
        }

        if (PollInterval <= TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Work:PollInterval must be positive and Work:RetryMaxDelay at least Work:RetryBaseDelay.");
        }

        if (EffectiveInstanceName.Length > 200)
        {
            yield return new ValidationResult("Work:InstanceName is longer than 200 characters.");
        }
    }
}
