using System.Text;
using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// Finds phone numbers, e-mail addresses, resident ids and bank cards in a text and replaces each with its
/// placeholder. Pure and stateless: safe from any thread. Detection does not depend on which categories are on, so
/// turning e-mail off never turns "13812345678@163.com" into a phone number.
/// </summary>
public static class PiiRedactor
{
    public static IReadOnlyList<PiiCategory> AllCategories { get; } = Enum.GetValues<PiiCategory>();

    /// <summary>Every piece of personal data in the text, in order and without overlaps; an address wins over digits in it.</summary>
    public static IReadOnlyList<PiiMatch> Find(string text)
    {
        var found = new List<PiiMatch>();
        foreach (var match in Emails.In(text).Concat(PersonalNumbers.In(text)))
        {
            if (!found.Any(kept => kept.Overlaps(match.Start, match.End)))
            {
                found.Add(match);
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }

    public static RedactedText Redact(string text, IReadOnlyCollection<PiiCategory> categories)
    {
        var matches = categories.Count == 0 ? [] : Find(text).Where(m => categories.Contains(m.Category)).ToList();
        return new RedactedText(Replace(text, matches), matches);
    }

    /// <summary>The text with each match (ordered, not overlapping) replaced by its placeholder.</summary>
    public static string Replace(string text, IReadOnlyList<PiiMatch> matches)
    {
        if (matches.Count == 0)
        {
            return text;
        }

        var redacted = new StringBuilder(text.Length);
        var at = 0;
        foreach (var match in matches)
        {
            redacted.Append(text, at, match.Start - at).Append(PiiPlaceholder.Of(match.Category));
            at = match.End;
        }

        return redacted.Append(text, at, text.Length - at).ToString();
    }
}
