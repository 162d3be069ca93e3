using System.Globalization;

namespace CallCoach.Transcribe.Tests.LanguageModel;

/// <summary>An independent reader of ARPA back-off models, to check what the writer wrote by the format's own rules.</summary>
internal sealed class ArpaModel
{
    private readonly Dictionary<string, (double Prob, double Backoff)> ngrams = new(StringComparer.Ordinal);

    public List<string> Vocabulary { get; } = [];

    public int[] DeclaredCounts { get; } = new int[3];

    public int[] ListedCounts { get; } = new int[3];

    public static ArpaModel Parse(string text)
    {
        var model = new ArpaModel();
        var order = 0;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("ngram ", StringComparison.Ordinal))
            {
                var parts = line[6..].Split('=');
                model.DeclaredCounts[int.Parse(parts[0], CultureInfo.InvariantCulture) - 1] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }
            else if (line.EndsWith("-grams:", StringComparison.Ordinal))
            {
                order = int.Parse(line[1..2], CultureInfo.InvariantCulture);
            }
            else if (order > 0 && !line.StartsWith('\\'))
            {
                var fields = line.Split('\t');
                var backoff = fields.Length > 2 ? double.Parse(fields[2], CultureInfo.InvariantCulture) : 0;
                model.ngrams[fields[1]] = (double.Parse(fields[0], CultureInfo.InvariantCulture), backoff);
                model.ListedCounts[order - 1]++;
                if (order == 1)
                {
                    model.Vocabulary.Add(fields[1]);
                }
            }
        }

        return model;
    }

    public double Unigram(string word) => ngrams[word].Prob;

    /// <summary>log10 P(w | u v) by ARPA back-off: the listed trigram, else bow(u v) + P(w | v), and so on down.</summary>
    public double Log10Probability(string u, string v, string w)
    {
        if (ngrams.TryGetValue($"{u} {v} {w}", out var trigram))
        {
            return trigram.Prob;
        }

        var backoff = ngrams.TryGetValue($"{u} {v}", out var context) ? context.Backoff : 0;
        if (ngrams.TryGetValue($"{v} {w}", out var bigram))
        {
            return backoff + bigram.Prob;
        }

        return backoff + (ngrams.TryGetValue(v, out var unigram) ? unigram.Backoff : 0) + ngrams[w].Prob;
    }
}
