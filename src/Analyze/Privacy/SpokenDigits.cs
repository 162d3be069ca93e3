using System.Text;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Reads one digit token of a number as it is written or said: ASCII or full-width digits, Chinese digit characters
/// (零 〇 一 … 九, and 幺, the "one" of read-out numbers), or an English digit word (zero, oh, o, one … nine, with
/// "double five" and "triple eight"). People give phone, card and id numbers digit by digit; counting words such as
/// "twenty", "hundred" or 十 are left out, because nobody reads those numbers that way and they would join quantities
/// ("one two three … nine ten") into number-shaped runs.
/// </summary>
internal static class SpokenDigits
{
    private static readonly Dictionary<string, char> EnglishDigits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = '0', ["oh"] = '0', ["o"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4',
        ["five"] = '5', ["six"] = '6', ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
    };

    private const string ChineseDigits = "零〇○一二三四五六七八九幺";
    private const string ChineseValues = "0001234567891";

    public static DigitToken? Read(string text, int at)
    {
        var c = text[at];
        if (WrittenDigit(c) is not null)
        {
            return Block(text, at, WrittenDigit, DigitTokenKind.Written);
        }

        if (ChineseDigit(c) is not null)
        {
            return Block(text, at, ChineseDigit, DigitTokenKind.Chinese);
        }

        return IsAsciiLetter(c) && (at == 0 || !IsAsciiLetter(text[at - 1])) ? ReadWord(text, at) : null;
    }

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>The ASCII digit of an ASCII or full-width digit character.</summary>
    public static char? WrittenDigit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => null,
    };

    private static char? ChineseDigit(char c) =>
        ChineseDigits.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? ChineseValues[i] : null;

    private static DigitToken Block(string text, int at, Func<char, char?> digitOf, DigitTokenKind kind)
    {
        var digits = new StringBuilder();
        var end = at;
        for (; end < text.Length && digitOf(text[end]) is { } digit; end++)
        {
            digits.Append(digit);
        }

        return new DigitToken(digits.ToString(), at, end, kind);
    }

    private static DigitToken? ReadWord(string text, int at)
    {
        var word = Word(text, at);
        var repeat = word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2
            : word.Equals("triple", StringComparison.OrdinalIgnoreCase) ? 3
            : 1;
        var digitAt = at;
        if (repeat > 1)
        {
            // "double five", "double-five": the digit word follows after one space or hyphen.
            digitAt = at + word.Length + 1;
            if (digitAt >= text.Length || text[digitAt - 1] is not (' ' or '-') || !IsAsciiLetter(text[digitAt]))
            {
                return null;
            }

            word = Word(text, digitAt);
        }

        var end = digitAt + word.Length;
        // "o'clock" and "O'Brien" are not zeros.
        if (!EnglishDigits.TryGetValue(word, out var digit) || (end < text.Length && text[end] is '\'' or '’'))
        {
            return null;
        }

        return new DigitToken(new string(digit, repeat), at, end, DigitTokenKind.Word);
    }

    private static string Word(string text, int at) => text.Substring(at, CountWhile(text, at, IsAsciiLetter));

    private static int CountWhile(string text, int at, Func<char, bool> predicate)
    {
        var end = at;
        while (end < text.Length && predicate(text[end]))
        {
            end++;
        }

        return end - at;
    }
}
