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

    /// <summary>
    /// How calls travel between stages: <c>Channels</c> inside this process (the default), or <c>Queues</c>, Azure
    /// Storage queues that several processes or machines consume together. See docs/decisions/024-scale-out.md.
    /// </summary>
    public WorkTransport Transport { get; set; } = WorkTransport.Channels;

    /// <summary>The storage account of the queues (a connection string; Azurite's for tests).</summary>
    public string? QueueConnectionString { get; set; }

    /// <summary>Queue names start with this: <c>&lt;prefix&gt;-transcribe</c>, <c>-analyze</c> and <c>-poison</c>.</summary>
    [RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,40}$", ErrorMessage = "Work:QueuePrefix must be 2 to 41 lower-case letters, digits and single hyphens.")]
    public string QueuePrefix { get; set; } = "callcoach";

    /// <summary>A message taken this many times without being finished (its takers crashed) goes to the poison queue.</summary>
    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// A call queued this long ago that no instance has taken or finished is queued again (its message was lost, or
    /// the process died between writing the call and queueing it). Longer than a call ever waits in the queue.
    /// </summary>
    public TimeSpan QueueResendAfter { get; set; } = TimeSpan.FromMinutes(5);

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

        if (Transport == WorkTransport.Queues && string.IsNullOrWhiteSpace(QueueConnectionString))
        {
            yield return new ValidationResult("Work:Transport is Queues, so Work:QueueConnectionString must name the storage account.");
        }

        if (EffectiveInstanceName.Length > 200)
        {
            yield return new ValidationResult("Work:InstanceName is longer than 200 characters.");
        }
    }
}
