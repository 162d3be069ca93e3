namespace CallCoach.Analyze.Privacy;

/// <summary>One digit token of a number: its digits (ASCII, or `X` for an id's check character) and its char range.</summary>
internal readonly record struct DigitToken(string Digits, int Start, int End, DigitTokenKind Kind);

internal enum DigitTokenKind
{
    /// <summary>ASCII or full-width digits, grouped as written.</summary>
    Written,

    /// <summary>Chinese digit characters, grouped as written.</summary>
    Chinese,

    /// <summary>An English digit word: said, so the grouping of a written number says nothing.</summary>
    Word,
}
