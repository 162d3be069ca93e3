using System.Globalization;
using System.Text.RegularExpressions;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Phone numbers by shape: international (after "+" or "plus", or "00" and a country code, 8–15 digits), Chinese
/// mobiles (1[3-9] and nine digits, optionally after 86), Chinese and other trunk-prefixed landlines (0, an area code
/// of 10, 2x or three digits, then 7–8 digits), 400/800 hotlines, and North American numbers written 3-3-4 or said.
/// Shapes that many other numbers share — 7–8 digit local numbers, ten undivided digits — count only as a whole
/// number after phone words ("call", "电话"), and a local number is never a date ("20240315").
/// </summary>
internal static partial class PhoneNumbers
{
    public static bool IsPhone(NumberCandidate number, bool whole, bool saysPhone)
    {
        var digits = number.Digits;
        if (!char.IsAsciiDigit(digits[^1]))
        {
            return false;
        }

        if (number.Plus)
        {
            return digits.Length is >= 8 and <= 15 && digits[0] != '0';
        }

        if (digits.StartsWith("00", StringComparison.Ordinal) && digits.Length is >= 10 and <= 17 && digits[2] != '0')
        {
            return true;
        }

        if (!number.WellGrouped)
        {
            return false;
        }

        if (ChineseNumber().IsMatch(digits))
        {
            return true;
        }

        var northAmerican = NorthAmerican().IsMatch(digits);
        if (northAmerican && (number.Said || WrittenNorthAmerican(number.GroupSizes)))
        {
            return true;
        }

        return whole && saysPhone && (northAmerican || (Local().IsMatch(digits) && !IsDate(digits)));
    }

    private static bool IsDate(string digits) =>
        digits.Length == 8 && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool WrittenNorthAmerican(IReadOnlyList<int> sizes) =>
        sizes.SequenceEqual([3, 3, 4]) || sizes.SequenceEqual([1, 3, 3, 4]);

    // A mobile (with 86 before it, or not), a trunk-prefixed landline (Chinese area codes; also fits UK and Japanese
    // numbers), a Taiwanese mobile, or a 400/800 hotline.
    [GeneratedRegex(@"^(?:(?:86)?1[3-9]\d{9}|0(?:10|2\d|[3-9]\d\d)\d{7,8}|09\d{8}|[48]00\d{7})$")]
    private static partial Regex ChineseNumber();

    // NANP: area code and exchange both start with 2–9; a leading 1 is the country code.
    [GeneratedRegex(@"^1?[2-9]\d\d[2-9]\d{6}$")]
    private static partial Regex NorthAmerican();

    [GeneratedRegex(@"^[2-9]\d{6,7}$")]
    private static partial Regex Local();
}
