using System.Buffers;
using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Phone, resident-id and bank-card numbers in a text, written or said. Each run of digits is read whole first; a
/// phone may also be a stretch of a run ("oh, one three eight …", "2024 13812345678"), but an id or a card only a
/// whole run, since a long number holds many card- or phone-shaped stretches by chance. Said digits carry no
/// grouping, so a stretch of them may leave out at most two tokens at each end.
/// </summary>
internal static class PersonalNumbers
{
    private const int FewestDigits = 7;
    private const int MostDigits = 19;
    private const int MostLeftOut = 2;
    private static readonly SearchValues<char> Gaps = SearchValues.Create(" \u00A0\u3000,，");

    public static IEnumerable<PiiMatch> In(string text)
    {
        foreach (var run in DigitRuns.In(text))
        {
            if (run.Embedded || run.Tokens.Sum(t => t.Digits.Length) < FewestDigits
                || NumberContext.IsReferenceOrAmount(text, run.Start, run.End))
            {
                continue;
            }

            foreach (var match in InRange(text, run, 0, run.Tokens.Count - 1))
            {
                yield return match;
            }
        }
    }

    private static IEnumerable<PiiMatch> InRange(string text, DigitRun run, int low, int high)
    {
        if (low > high || First(text, run, low, high) is not var (first, last, match))
        {
            yield break;
        }

        foreach (var before in InRange(text, run, low, first - 1))
        {
            yield return before;
        }

        yield return match;
        foreach (var after in InRange(text, run, last + 1, high))
        {
            yield return after;
        }
    }

    /// <summary>The longest stretch of tokens low…high that is personal data, leftmost on a tie.</summary>
    private static (int First, int Last, PiiMatch Match)? First(string text, DigitRun run, int low, int high)
    {
        var grouped = run.Tokens.Skip(low).Take(high - low + 1).All(t => t.Kind != DigitTokenKind.Word && t.Digits.Length >= 3);
        var digitsBefore = new int[run.Tokens.Count + 1];
        for (var i = 0; i < run.Tokens.Count; i++)
        {
            digitsBefore[i + 1] = digitsBefore[i] + run.Tokens[i].Digits.Length;
        }

        for (var length = high - low + 1; length >= 1; length--)
        {
            for (var first = low; first + length - 1 <= high; first++)
            {
                var last = first + length - 1;
                var digits = digitsBefore[last + 1] - digitsBefore[first];
                if (digits is < FewestDigits or > MostDigits
                    || (!grouped && (first - low > MostLeftOut || high - last > MostLeftOut))
                    || (first > low && !Loose(run.Separators[first])) || (last < high && !Loose(run.Separators[last + 1])))
                {
                    continue;
                }

                var number = new NumberCandidate(text, run, first, last);
                if (Category(text, number, whole: first == low && last == high) is { } category)
                {
                    return (first, last, new PiiMatch(category, number.Start, number.End - number.Start));
                }
            }
        }

        return null;
    }

    private static PiiCategory? Category(string text, NumberCandidate number, bool whole)
    {
        if (NumberContext.IsReferenceOrAmount(text, number.Start, number.End))
        {
            return null;
        }

        if (whole && (ResidentIds.IsValid(number.Digits) || (ResidentIds.IsLegacy(number.Digits) && NumberContext.SaysResidentId(text, number.Start))))
        {
            return PiiCategory.ResidentId;
        }

        if (PhoneNumbers.IsPhone(number, whole, NumberContext.SaysPhone(text, number.Start)))
        {
            return PiiCategory.Phone;
        }

        return whole && BankCards.IsCard(number, NumberContext.SaysCard(text, number.Start)) ? PiiCategory.BankCard : null;
    }

    // A number may be cut where a space or comma separates its groups, not inside "010-1234" or "138.1234".
    private static bool Loose(string separator) => separator.AsSpan().ContainsAny(Gaps);
}
