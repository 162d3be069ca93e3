using System.Globalization;

namespace CallCoach.Transcribe.LanguageModel;

/// <summary>
/// A trigram model with interpolated Kneser-Ney smoothing, written as ARPA (the text format PocketSphinx reads).
/// Lower orders count the distinct words seen before an n-gram rather than its raw count, so a word that is frequent
/// only inside one fixed phrase ("level" in "service level agreement") does not get a large stand-alone probability.
/// In ARPA each listed n-gram carries its full interpolated probability and each context the weight given to the
/// lower order, which is exactly the interpolated estimate for unseen n-grams.
/// </summary>
public sealed class KneserNeyTrigrams
{
    public const string SentenceStart = "<s>";
    public const string SentenceEnd = "</s>";
    private const double NeverLog10 = -99;

    private readonly List<string> words = [SentenceStart, SentenceEnd];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal) { [SentenceStart] = 0, [SentenceEnd] = 1 };
    private readonly Dictionary<(int, int, int), int> trigrams = [];
    private readonly Dictionary<(int, int), int> bigrams = [];

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    public int Vocabulary => words.Count;

    public void Add(IReadOnlyList<string> sentence)
    {
        if (sentence.Count == 0)
        {
            return;
        }

        var seq = new int[sentence.Count + 2];
        seq[0] = 0;
        seq[^1] = 1;
        for (var i = 0; i < sentence.Count; i++)
        {
            seq[i + 1] = Id(sentence[i]);
        }

        for (var i = 1; i < seq.Length; i++)
        {
            bigrams[(seq[i - 1], seq[i])] = bigrams.GetValueOrDefault((seq[i - 1], seq[i])) + 1;
            if (i >= 2)
            {
                trigrams[(seq[i - 2], seq[i - 1], seq[i])] = trigrams.GetValueOrDefault((seq[i - 2], seq[i - 1], seq[i])) + 1;
            }
        }

        Sentences++;
        Tokens += sentence.Count + 1;
    }

    private int Id(string word)
    {
        if (!ids.TryGetValue(word, out var id))
        {
            id = words.Count;
            ids[word] = id;
            words.Add(word);
        }

        return id;
    }

    public void WriteArpa(TextWriter writer)
    {
        var estimate = Estimate();
        writer.WriteLine();
        writer.WriteLine(@"\data\");
        writer.WriteLine($"ngram 1={words.Count}");
        writer.WriteLine($"ngram 2={estimate.Bigrams.Count}");
        writer.WriteLine($"ngram 3={estimate.Trigrams.Count}");

        writer.WriteLine();
        writer.WriteLine(@"\1-grams:");
        for (var w = 0; w < words.Count; w++)
        {
            var prob = w == 0 ? NeverLog10 : Math.Log10(estimate.Unigrams[w]);
            Line(writer, prob, words[w], estimate.UnigramBackoff.TryGetValue(w, out var bow) ? bow : null);
        }

        writer.WriteLine();
        writer.WriteLine(@"\2-grams:");
        foreach (var ((v, w), p) in estimate.Bigrams.OrderBy(b => b.Key.Item1).ThenBy(b => b.Key.Item2))
        {
            Line(writer, Math.Log10(p), $"{words[v]} {words[w]}", estimate.BigramBackoff.TryGetValue((v, w), out var bow) ? bow : null);
        }

        writer.WriteLine();
        writer.WriteLine(@"\3-grams:");
        foreach (var ((u, v, w), p) in estimate.Trigrams.OrderBy(t => t.Key.Item1).ThenBy(t => t.Key.Item2).ThenBy(t => t.Key.Item3))
        {
            Line(writer, Math.Log10(p), $"{words[u]} {words[v]} {words[w]}", null);
        }

        writer.WriteLine();
        writer.WriteLine(@"\end\");
    }

    private static void Line(TextWriter writer, double log10Prob, string ngram, double? backoff) =>
        writer.WriteLine(backoff is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"{log10Prob:0.######}\t{ngram}\t{Math.Log10(b):0.######}")
            : string.Create(CultureInfo.InvariantCulture, $"{log10Prob:0.######}\t{ngram}"));

    /// <summary>The probabilities: P3 from raw counts, P2 and P1 from continuation counts, P0 uniform.</summary>
    internal Estimate Estimate()
    {
        // Bigrams that open a sentence have no word before them, so their raw count stands in for the continuation count.
        var continuation2 = new Dictionary<(int, int), int>();
        foreach (var (u, v, w) in trigrams.Keys)
        {
            continuation2[(v, w)] = continuation2.GetValueOrDefault((v, w)) + 1;
        }

        foreach (var ((v, w), count) in bigrams.Where(b => b.Key.Item1 == 0))
        {
            continuation2[(v, w)] = count;
        }

        var continuation1 = new int[words.Count];
        foreach (var (_, w) in bigrams.Keys)
        {
            continuation1[w]++;
        }

        var d1 = Discount(continuation1.Where(c => c > 0));
        var d2 = Discount(continuation2.Values);
        var d3 = Discount(trigrams.Values);

        // Every word but <s> can be predicted; the uniform floor keeps words never seen in second place above zero.
        var predictable = words.Count - 1;
        double total1 = continuation1.Sum();
        var types1 = continuation1.Count(c => c > 0);
        var unigrams = new double[words.Count];
        for (var w = 1; w < words.Count; w++)
        {
            unigrams[w] = Math.Max(continuation1[w] - d1, 0) / total1 + d1 * types1 / total1 / predictable;
        }

        var (bigramProbs, unigramBackoff) = Interpolate(continuation2, d2, (ctx, w) => unigrams[w], key => key.Item1, key => key.Item2);
        var (trigramProbs, bigramBackoff) = Interpolate(
            trigrams,
            d3,
            (ctx, w) => bigramProbs.TryGetValue((ctx.Item2, w), out var p) ? p : unigramBackoff.GetValueOrDefault(ctx.Item2, 1) * unigrams[w],
            key => (key.Item1, key.Item2),
            key => key.Item3);
        return new Estimate(unigrams, bigramProbs, trigramProbs, unigramBackoff, bigramBackoff);
    }

    private static (Dictionary<TKey, double> Probabilities, Dictionary<TContext, double> Backoff) Interpolate<TKey, TContext>(
        Dictionary<TKey, int> counts,
        double discount,
        Func<TContext, int, double> lower,
        Func<TKey, TContext> contextOf,
        Func<TKey, int> wordOf)
        where TKey : notnull
        where TContext : notnull
    {
        var contextTotals = new Dictionary<TContext, (int Total, int Types)>();
        foreach (var (key, count) in counts)
        {
            var (total, types) = contextTotals.GetValueOrDefault(contextOf(key));
            contextTotals[contextOf(key)] = (total + count, types + 1);
        }

        var backoff = contextTotals.ToDictionary(c => c.Key, c => discount * c.Value.Types / c.Value.Total);
        var probabilities = counts.ToDictionary(
            c => c.Key,
            c =>
            {
                var context = contextOf(c.Key);
                return Math.Max(c.Value - discount, 0) / contextTotals[context].Total + backoff[context] * lower(context, wordOf(c.Key));
            });
        return (probabilities, backoff);
    }

    /// <summary>Ney's estimate n1 / (n1 + 2 n2), kept inside a sane range for the small corpora this sees.</summary>
    private static double Discount(IEnumerable<int> counts)
    {
        var list = counts.ToList();
        double n1 = list.Count(c => c == 1);
        double n2 = list.Count(c => c == 2);
        return n1 + n2 == 0 ? 0.5 : Math.Clamp(n1 / (n1 + 2 * n2), 0.1, 0.9);
    }
}

internal sealed record Estimate(
    double[] Unigrams,
    Dictionary<(int, int), double> Bigrams,
    Dictionary<(int, int, int), double> Trigrams,
    Dictionary<int, double> UnigramBackoff,
    Dictionary<(int, int), double> BigramBackoff);
