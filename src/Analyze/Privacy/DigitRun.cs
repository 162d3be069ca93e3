namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Digit tokens joined by what people put between the groups of a number (spaces, dashes, dots, brackets, and
/// commas between said digits). <see cref="Separators"/>[k] is the text between token k − 1 and k; PlusStart is
/// where a leading "+" or "plus" begins; Embedded is a run glued to letters or a clock time ("SF1234", "v2.3",
/// "10:30"), which is a code, not personal data.
/// </summary>
internal sealed record DigitRun(IReadOnlyList<DigitToken> Tokens, IReadOnlyList<string> Separators, int? PlusStart, bool Embedded)
{
    public int Start => PlusStart ?? Tokens[0].Start;

    public int End => Tokens[^1].End;
}
