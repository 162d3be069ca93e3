namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Payment card numbers: 13–19 digits with a valid Luhn check digit. One number in ten passes Luhn by chance, so a
/// card also needs one more sign: written in card groups (4-4-4-4, 4-6-5), an issuer's first digit (2–6: Mastercard,
/// Amex, Visa, UnionPay's 62…), or card words before it. An 18-digit number with a resident id's region and birth
/// date is an id with a wrong check character, not a card.
/// </summary>
internal static class BankCards
{
    public static bool IsCard(NumberCandidate number, bool saysCard)
    {
        var digits = number.Digits;
        if (digits.Length is < 13 or > 19 || !char.IsAsciiDigit(digits[^1]) || !PassesLuhn(digits) || ResidentIds.LooksLike(digits))
        {
            return false;
        }

        return saysCard || digits[0] is >= '2' and <= '6' || (!number.Said && InCardGroups(number.GroupSizes));
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[^(i + 1)] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static bool InCardGroups(IReadOnlyList<int> sizes) =>
        (sizes.Count >= 3 && sizes.Take(sizes.Count - 1).All(size => size == 4) && sizes[^1] is >= 1 and <= 4)
        || sizes.SequenceEqual([4, 6, 5]) || sizes.SequenceEqual([4, 6, 4]);
}
