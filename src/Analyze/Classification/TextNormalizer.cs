using System.Globalization;
using System.Text;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Puts typed and recognised text in one form before featurisation, for training and prediction alike:
/// width-folded, lower case, punctuation dropped except the question mark (typed transcripts have it, recognisers
/// don't, so the models learn both), digit runs as one "0" (a price is a price, whatever the amount), and every
/// Chinese character its own token, since Chinese has no spaces and word n-grams then become character n-grams.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var output = new StringBuilder(folded.Length * 2);
        var inNumber = false;
        foreach (var c in folded)
        {
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    Separate(output);
                    output.Append('0');
                }

                inNumber = true;
                continue;
            }

            var partOfNumber = inNumber && c is '.' or ',';
            inNumber = partOfNumber;
            if (partOfNumber)
            {
                continue;
            }

            if (TextLanguage.IsChinese(c) || c == '?')
            {
                Separate(output);
                output.Append(c).Append(' ');
            }
            else if (char.IsLetter(c) || c == '\'' || c == '%' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (c == '%')
                {
                    Separate(output);
                }

                output.Append(c);
            }
            else
            {
                Separate(output);
            }
        }

        return output.ToString().Trim();
    }

    private static void Separate(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] != ' ')
        {
            output.Append(' ');
        }
    }
}
