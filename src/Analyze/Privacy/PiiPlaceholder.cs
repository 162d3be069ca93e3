using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// The typed placeholder that stands in for redacted data: `[PHONE]`, `[EMAIL]`, `[ID]` (a resident id), `[CARD]`.
/// A reader still sees that a number was given, and the classifiers' training data can keep the sentence.
/// </summary>
public static class PiiPlaceholder
{
    /// <summary>The tag inside the brackets, also the category name in the redaction test sets.</summary>
    public static string Tag(PiiCategory category) => category switch
    {
        PiiCategory.Phone => "PHONE",
        PiiCategory.Email => "EMAIL",
        PiiCategory.ResidentId => "ID",
        PiiCategory.BankCard => "CARD",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "not a PII category"),
    };

    public static string Of(PiiCategory category) => $"[{Tag(category)}]";
}
