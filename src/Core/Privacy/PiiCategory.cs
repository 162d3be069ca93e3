namespace CallCoach.Core.Privacy;

/// <summary>
/// The kinds of personal data taken out of transcripts before they are stored. The names appear in the store, the
/// API and configuration (`Privacy:Redaction`), so they never change.
/// </summary>
public enum PiiCategory
{
    Phone,
    Email,
    ResidentId,
    BankCard,
}
