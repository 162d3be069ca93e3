using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>CMU-style dictionary files: "word PH O N E S" a line, "word(2)" for a second pronunciation.</summary>
public static partial class PronunciationDictionary
{
    [GeneratedRegex(@"\(\d+\)$")]
    private static partial Regex Alternate();

    public static IEnumerable<(string Word, string Phones)> Entries(string path) =>
        File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(";;", StringComparison.Ordinal))
            .Select(l => l.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 2)
            .Select(f => (f[0], f[1].Trim()));

    /// <summary>The distinct words of the files, alternates folded into their base word.</summary>
    public static HashSet<string> Words(IEnumerable<string> paths) =>
        [.. paths.SelectMany(p => Entries(p)).Select(e => Alternate().Replace(e.Word, string.Empty))];
}
