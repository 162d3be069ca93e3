using System.Text.RegularExpressions;
using CallCoach.Transcribe.Evaluation;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// Finds the audio files of a benchmark folder and their references: "&lt;name&gt;.txt"; "&lt;name&gt;.rep.txt" with
/// "&lt;name&gt;.customer.txt"; "&lt;name&gt;.stm"; or a Sphinx "transcription" file of "TEXT (fileid)" lines, as the
/// LibriVox clips of Debian's pocketsphinx-testdata come. A "&lt;name&gt;.rttm" beside the audio says who spoke
/// when, for the diarization error rate.
/// </summary>
public static partial class BenchmarkSet
{
    private static readonly string[] AudioExtensions = [".wav", ".mp3"];

    [GeneratedRegex(@"^(?<text>.*?)\s*\((?<id>[^()]+)\)\s*$")]
    private static partial Regex TranscriptionLine();

    public static (IReadOnlyList<BenchmarkItem> Items, IReadOnlyList<string> Skipped) Discover(string folder)
    {
        var transcription = ReadTranscription(Path.Combine(folder, "transcription"));
        var items = new List<BenchmarkItem>();
        var skipped = new List<string>();
        foreach (var audio in Directory.EnumerateFiles(folder)
                     .Where(f => AudioExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                     .Order(StringComparer.Ordinal))
        {
            var stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(audio));
            IReadOnlyList<SpeakerTurn>? turns;
            try
            {
                turns = File.Exists(stem + ".rttm") ? Rttm.Parse(File.ReadLines(stem + ".rttm")) : null;
            }
            catch (FormatException e)
            {
                skipped.Add($"{Path.GetFileName(audio)}: {e.Message}");
                continue;
            }

            var item = new BenchmarkItem(
                audio,
                ReadText(stem + ".txt") ?? ReadStm(stem + ".stm") ?? transcription.GetValueOrDefault(Path.GetFileNameWithoutExtension(audio)),
                ReadText(stem + ".rep.txt"),
                ReadText(stem + ".customer.txt"),
                turns);
            if (item.Reference is null && !item.IsSpeakerAttributed)
            {
                skipped.Add($"{Path.GetFileName(audio)}: no reference transcript beside it");
                continue;
            }

            items.Add(item);
        }

        return (items, skipped);
    }

    private static string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>STM: "file channel speaker start end text…"; the text of every line, in time order.</summary>
    private static string? ReadStm(string path) => !File.Exists(path)
        ? null
        : string.Join(' ', File.ReadLines(path)
            .Where(l => !l.StartsWith(";;", StringComparison.Ordinal))
            .Select(l => l.Split((char[]?)null, 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 6)
            .OrderBy(f => double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => f[5]));

    private static Dictionary<string, string> ReadTranscription(string path) => !File.Exists(path)
        ? []
        : File.ReadLines(path)
            .Select(l => TranscriptionLine().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value.Trim(), m => SentenceMarks().Replace(m.Groups["text"].Value, " ").Trim());

    [GeneratedRegex(@"</?s>|<sil>")]
    private static partial Regex SentenceMarks();
}
