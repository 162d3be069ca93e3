using System.Text.Json;
using System.Text.RegularExpressions;

namespace CallCoach.Analyze.Keywords;

/// <summary>
/// The bilingual business-keyword lexicon. English terms match on word boundaries, Chinese terms as substrings;
/// both ignore case and whitespace ("Trial  Period" and "试 用 期" both count).
/// </summary>
public sealed class KeywordLexicon
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private KeywordLexicon(IReadOnlyList<KeywordTerm> terms) => Terms = terms;

    public IReadOnlyList<KeywordTerm> Terms { get; }

    public static KeywordLexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The keyword lexicon {path} does not exist.", path);
        }

        LexiconFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LexiconFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The keyword lexicon {path} is not valid JSON: {e.Message}", e);
        }

        var terms = (file?.Concepts ?? [])
            .SelectMany(c => c.Terms.Select(t => KeywordTerm.Create(t, c.Concept)))
            .ToList();
        return terms.Count == 0 ? throw new InvalidDataException($"The keyword lexicon {path} has no terms.") : FromTerms(terms);
    }

    public static KeywordLexicon FromTerms(IEnumerable<KeywordTerm> terms) => new([.. terms]);

    private sealed record LexiconFile(List<LexiconConcept> Concepts);

    private sealed record LexiconConcept(string Concept, List<string> Terms);
}

/// <summary>One lexicon term and the pattern that finds it in running text.</summary>
public sealed partial record KeywordTerm(string Term, string Concept, Regex Pattern)
{
    // Latin letters and digits; Chinese characters next to an English term still count as a boundary ("ROI很高").
    private const string WordChar = @"[\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}]]";

    public static KeywordTerm Create(string term, string concept)
    {
        term = term.Trim();
        var pattern = Cjk().IsMatch(term)
            // Chinese: a substring, with any whitespace allowed between characters.
            ? string.Join(@"\s*", term.Where(c => !char.IsWhiteSpace(c)).Select(c => Regex.Escape(c.ToString())))
            // English: whole words, any run of whitespace between them.
            : $@"(?<!{WordChar}){string.Join(@"\s+", term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))}(?!{WordChar})";
        return new KeywordTerm(term, concept, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
