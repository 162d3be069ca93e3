using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Outcomes;

/// <summary>What a CRM sends: `{"customerId":"c42","result":"won","amount":12000,"closedAt":"2026-11-20T16:00:00+08:00"}`.</summary>
public sealed record OutcomeRequest(string? CustomerId, string? Result, decimal? Amount, DateTimeOffset? ClosedAt)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(CustomerId) || CustomerId.Length > 128)
        {
            errors["customerId"] = ["required, at most 128 characters"];
        }

        if (Result is not ("won" or "lost"))
        {
            errors["result"] = ["must be \"won\" or \"lost\""];
        }

        if (Amount is not >= 0)
        {
            errors["amount"] = ["required, 0 or more"];
        }

        if (ClosedAt is null)
        {
            errors["closedAt"] = ["required, an ISO 8601 time with its offset"];
        }

        return errors;
    }
}

public sealed record OutcomeDto(long Id, string CustomerId, string Result, decimal Amount, DateTimeOffset ClosedAt, DateTimeOffset ReceivedAt)
{
    public static OutcomeDto From(OutcomeRecord o) => new(o.Id, o.CustomerId, o.Won ? "won" : "lost", o.Amount, o.ClosedAt, o.ReceivedAt);
}
