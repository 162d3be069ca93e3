using System.Globalization;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// One keyphrase and the lowest detection score (PocketSphinx's log-domain posterior, ps_seg_prob) at which a
/// detection counts. Thresholds differ per phrase: short words need a stricter one than long phrases.
/// </summary>
public sealed record KeywordThreshold(string Phrase, int MinimumScore)
{
    /// <summary>"phrase&lt;TAB&gt;score" lines; '#' starts a comment.</summary>
    public static IReadOnlyList<KeywordThreshold> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => f.Length == 2 && int.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score)
                ? new KeywordThreshold(f[0].Trim(), score)
                : throw new InvalidDataException($"{path}: expected 'phrase<TAB>score', got '{string.Join('\t', f)}'"))];

    public static void Write(string path, IEnumerable<KeywordThreshold> thresholds, string header)
    {
        var lines = header.Split('\n').Select(h => $"# {h}")
            .Concat(thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Phrase}\t{t.MinimumScore}")));
        File.WriteAllLines(path, lines);
    }
}
