namespace CallCoach.Analyze.Privacy;

/// <summary>One team's departures from the deployment's categories; a category left out keeps the deployment's setting.</summary>
public sealed class RedactionOverrides
{
    public bool? Phone { get; set; }

    public bool? Email { get; set; }

    public bool? ResidentId { get; set; }

    public bool? BankCard { get; set; }
}
