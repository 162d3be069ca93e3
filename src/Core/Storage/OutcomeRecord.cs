namespace CallCoach.Core.Storage;

/// <summary>How a customer's deal ended, pushed by a CRM; the coaching-effect and lost-deal reports read these.</summary>
public sealed class OutcomeRecord
{
    public long Id { get; set; }
    public required string CustomerId { get; set; }
    public bool Won { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
