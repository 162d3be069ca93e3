using System.Buffers;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Tokens <c>First</c>…<c>Last</c> of a run, read as one number: its digits, its char range (with a leading "+" or
/// "plus", and an opening bracket closed inside it), and how it was grouped when written.
/// </summary>
internal sealed class NumberCandidate
{
    private static readonly SearchValues<char> Dots = SearchValues.Create(".．·");
    private static readonly SearchValues<char> ClosingBrackets = SearchValues.Create(")）");

    public NumberCandidate(string text, DigitRun run, int first, int last)
    {
        var tokens = run.Tokens.Skip(first).Take(last - first + 1).ToList();
        Digits = string.Concat(tokens.Select(t => t.Digits));
        Plus = first == 0 && run.PlusStart is not null;
        Said = tokens.Any(t => t.Kind == DigitTokenKind.Word);
        GroupSizes = [.. tokens.Select(t => t.Digits.Length)];
        Dotted = run.Separators.Skip(first + 1).Take(last - first).Any(s => s.AsSpan().ContainsAny(Dots));
        End = tokens[^1].End;
        Start = Plus ? run.PlusStart!.Value : tokens[0].Start;
        if (Start > 0 && text[Start - 1] is '(' or '（' && text.AsSpan(Start, End - Start).ContainsAny(ClosingBrackets))
        {
            Start--;
        }
    }

    public string Digits { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Led by "+" or "plus": an international number.</summary>
    public bool Plus { get; }

    /// <summary>Holds digits said as English words, so its grouping tells nothing.</summary>
    public bool Said { get; }

    public IReadOnlyList<int> GroupSizes { get; }

    /// <summary>Written with dots between groups, as versions, decimals and IP addresses are.</summary>
    public bool Dotted { get; }

    /// <summary>
    /// Grouped the way numbers people give are: one block, digit by digit, or groups of three or more after a
    /// possible short prefix ("86 138 1234 5678"). With dots, three or more groups of three or more, since
    /// "10.0.19045", "3.5" and "192.168.10.100" are not personal. Dates ("2024 03 15") and versions fail it.
    /// </summary>
    public bool WellGrouped =>
        Said
        || (Dotted
            ? GroupSizes.Count >= 3 && GroupSizes.All(size => size >= 3)
            : GroupSizes.All(size => size == 1) || GroupSizes.Skip(1).All(size => size >= 3));
}
