using System.Globalization;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Chinese resident identity numbers (GB 11643): six digits of region, the birth date (YYYYMMDD), three of sequence
/// and an ISO 7064 MOD 11-2 check character (0–9 or X). The first-generation 15-digit form (birth date YYMMDD, no
/// check) has nothing to confirm it, so it counts only after words such as 身份证 or "ID".
/// </summary>
internal static class ResidentIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // The provinces' two-digit codes (GB/T 2260), plus Taiwan, Hong Kong, Macao and the residence-permit 91 code.
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
        "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83", "91",
    ];

    public static bool IsValid(string id) =>
        LooksLike(id) && CheckCharacters[Enumerable.Range(0, 17).Sum(i => (id[i] - '0') * Weights[i]) % 11] == id[17];

    /// <summary>Region and birth date of an 18-character id, whatever its check character.</summary>
    public static bool LooksLike(string id) =>
        id.Length == 18 && id.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0 && (char.IsAsciiDigit(id[17]) || id[17] == 'X')
        && Provinces.Contains(id[..2]) && IsBirthDate(id.Substring(6, 8));

    public static bool IsLegacy(string digits) =>
        digits.Length == 15 && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
        && Provinces.Contains(digits[..2]) && IsBirthDate(string.Concat("19", digits.AsSpan(6, 6)));

    // A person alive now was born after 1900; the newest ids are children's, so any year up to 2099 is allowed
    // rather than tying a pure check to today's date.
    private static bool IsBirthDate(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= 1900 and <= 2099;
}
