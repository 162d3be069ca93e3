using System.Security.Cryptography;
using System.Text;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Reads a classifier's examples: `&lt;name&gt;.en.tsv` and `&lt;name&gt;.zh.tsv` (a `text`/`label` header, tab-separated)
/// from the training folder, or the same names from its `test/` folder for the held-out set.
/// </summary>
public static class TrainingData
{
    public static IReadOnlyList<LabelledText> Load(ClassifierKind kind, string folder) =>
        [.. TextLanguage.All.SelectMany(language => ReadTsv(kind, Path.Combine(folder, $"{kind.Name}.{language}.tsv"), language))];

    public static IReadOnlyList<LabelledText> LoadHoldout(ClassifierKind kind, string folder) => Load(kind, Path.Combine(folder, "test"));

    /// <summary>Reads any `text`/`label` TSV (what `callcoach evaluate --data` takes); each line's language comes from its text.</summary>
    public static IReadOnlyList<LabelledText> ReadTsv(ClassifierKind kind, string path, string? language = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Training data {path} is missing.", path);
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || !lines[0].Trim().Equals("text\tlabel", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{path}: the first line must be the header 'text<TAB>label'.");
        }

        var examples = new List<LabelledText>();
        for (var number = 2; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2 || string.IsNullOrWhiteSpace(columns[0]))
            {
                throw new InvalidDataException($"{path}:{number}: expected 'text<TAB>label'.");
            }

            var label = columns[1].Trim();
            if (!kind.Labels.Contains(label))
            {
                throw new InvalidDataException($"{path}:{number}: '{label}' is not a {kind.Name} label ({string.Join(", ", kind.Labels)}).");
            }

            var text = columns[0].Trim();
            examples.Add(new LabelledText(text, label, language ?? TextLanguage.Of(text)));
        }

        return examples;
    }

    /// <summary>
    /// Corrections win over shipped examples with the same normalised text, and the last correction of a text wins,
    /// so a relabelled utterance is learned once, with its corrected label.
    /// </summary>
    public static IReadOnlyList<LabelledText> WithCorrections(IReadOnlyList<LabelledText> shipped, IReadOnlyList<LabelledText> corrections)
    {
        var corrected = new Dictionary<string, LabelledText>();
        foreach (var correction in corrections)
        {
            corrected[TextNormalizer.Normalize(correction.Text)] = correction;
        }

        return [.. shipped.Where(e => !corrected.ContainsKey(TextNormalizer.Normalize(e.Text))), .. corrected.Values];
    }

    /// <summary>A hash of the examples in order, recorded on the model card so a model can be traced to its data.</summary>
    public static string Hash(IEnumerable<LabelledText> examples)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{example.Text}\t{example.Label}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
