using System.Globalization;
using System.Text.RegularExpressions;
using CallCoach.Ingest.Decoding;

namespace CallCoach.Ingest.Transcripts;

/// <summary>Parses "hh:mm:ss.mmm" (WebVTT, hours optional) and "hh:mm:ss,mmm" (SRT) into seconds.</summary>
internal static partial class CueTimestamp
{
    /// <summary>No call lasts a day; a later time is a corrupt file, and would make every per-second measure absurd.</summary>
    public const double MaxSeconds = 24 * 3600;

    [GeneratedRegex(@"^\s*(?<start>[\d:.,]+)\s*-->\s*(?<end>[\d:.,]+)")]
    private static partial Regex TimingLine();

    public static bool TryParseTiming(string line, out double start, out double end)
    {
        start = end = 0;
        var match = TimingLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        start = Parse(match.Groups["start"].Value);
        end = Parse(match.Groups["end"].Value);
        if (end < start)
        {
            throw new UnreadableRecordingException($"cue ends before it starts: '{line.Trim()}'");
        }

        return true;
    }

    private static double Parse(string text)
    {
        var parts = text.Replace(',', '.').Split(':');
        if (parts.Length is < 2 or > 3
            || !double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || !parts[..^1].All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new UnreadableRecordingException($"bad cue timestamp '{text}'");
        }

        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        var total = hours * 3600.0 + minutes * 60.0 + seconds;
        return total <= MaxSeconds
            ? total
            : throw new UnreadableRecordingException($"cue timestamp '{text}' is more than {MaxSeconds / 3600:F0} hours into the call");
    }
}
