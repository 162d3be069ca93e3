namespace CallCoach.Core.Storage;

/// <summary>One change of a call's state: who made it, when, and why. The history shows each call was analyzed once.</summary>
public sealed class CallTransitionRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public CallStatus? From { get; set; }
    public CallStatus To { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Instance { get; set; }
    public string? Reason { get; set; }
}
