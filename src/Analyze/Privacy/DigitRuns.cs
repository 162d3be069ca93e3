using System.Buffers;

namespace CallCoach.Analyze.Privacy;

/// <summary>Finds the runs of digit tokens in a text, left to right; see <see cref="DigitRun"/>.</summary>
internal static class DigitRuns
{
    private const string SeparatorChars = " \u00A0\u3000-‐‑–—－.．·,，()（）";
    private static readonly SearchValues<char> Punctuation = SearchValues.Create("-‐‑–—－.．·,，");
    private static readonly SearchValues<char> Commas = SearchValues.Create(",，");
    private const int LongestSeparator = 3;

    public static IEnumerable<DigitRun> In(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (SpokenDigits.Read(text, at) is not { } first)
            {
                at++;
                continue;
            }

            var tokens = new List<DigitToken> { first };
            var separators = new List<string> { "" };
            while (!tokens[^1].Digits.EndsWith('X') && Next(text, tokens[^1]) is { } next)
            {
                separators.Add(text[tokens[^1].End..next.Start]);
                tokens.Add(next);
            }

            var plus = PlusBefore(text, first.Start);
            yield return new DigitRun(tokens, separators, plus, Embedded(text, plus ?? first.Start, tokens[^1].End));
            at = tokens[^1].End;
        }
    }

    /// <summary>The token that continues the run after <paramref name="previous"/>, if the text between them may join them.</summary>
    private static DigitToken? Next(string text, DigitToken previous)
    {
        var at = previous.End;
        while (at < text.Length && at - previous.End < LongestSeparator && SeparatorChars.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        if (at >= text.Length)
        {
            return null;
        }

        var next = SpokenDigits.Read(text, at) ?? CheckCharacter(text, at, previous);
        var separator = text.AsSpan(previous.End, at - previous.End);
        if (next is null || separator.IndexOfAny(Punctuation) != separator.LastIndexOfAny(Punctuation))
        {
            return null;
        }

        // A comma joins digits that were said ("one three eight, one two three four"), never written ones, where it
        // separates thousands or list items ("1,380" or "3, 4 and 5").
        var comma = separator.ContainsAny(Commas);
        return comma && (previous.Kind == DigitTokenKind.Written || next.Value.Kind == DigitTokenKind.Written) ? null : next;
    }

    /// <summary>The `X` that ends a resident id, written right after its digits or said as a word (叉 in Chinese).</summary>
    private static DigitToken? CheckCharacter(string text, int at, DigitToken previous)
    {
        if (text[at] == '叉' && previous.Kind == DigitTokenKind.Chinese)
        {
            return new DigitToken("X", at, at + 1, previous.Kind);
        }

        var isX = text[at] is 'X' or 'x'
            && (at + 1 == text.Length || !(SpokenDigits.IsAsciiLetter(text[at + 1]) || SpokenDigits.WrittenDigit(text[at + 1]) is not null))
            && (at == previous.End ? previous.Kind != DigitTokenKind.Word : !SpokenDigits.IsAsciiLetter(text[at - 1]));
        return isX ? new DigitToken("X", at, at + 1, previous.Kind) : null;
    }

    /// <summary>Where a "+" or the word "plus" right before the first digit begins.</summary>
    private static int? PlusBefore(string text, int start)
    {
        var at = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        if (at > 0 && text[at - 1] is '+' or '＋')
        {
            return at - 1;
        }

        const string plus = "plus";
        var word = at - plus.Length;
        return word >= 0 && at < start && text.AsSpan(word, plus.Length).Equals(plus, StringComparison.OrdinalIgnoreCase)
            && (word == 0 || !SpokenDigits.IsAsciiLetter(text[word - 1]))
            ? word
            : null;
    }

    /// <summary>
    /// Glued to a code or a clock: letters right before or after ("SF1234", "1234pcs"), a letter or digit joined by
    /// "-", "_" or "/" ("HT-2024", "A/123"), or a time ("10:30"). "Tel:" and "No." before a number do not glue.
    /// </summary>
    private static bool Embedded(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var beforeThat = start > 1 ? text[start - 2] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        var afterThat = end + 1 < text.Length ? text[end + 1] : ' ';
        return SpokenDigits.IsAsciiLetter(before) || SpokenDigits.IsAsciiLetter(after) || before == '@'
            || (before is '-' or '_' or '/' && IsCode(beforeThat))
            || (after is '-' or '_' or '/' or '@' && IsCode(afterThat))
            || (before == ':' && SpokenDigits.WrittenDigit(beforeThat) is not null)
            || (after == ':' && SpokenDigits.WrittenDigit(afterThat) is not null);
    }

    private static bool IsCode(char c) => SpokenDigits.IsAsciiLetter(c) || SpokenDigits.WrittenDigit(c) is not null;
}
