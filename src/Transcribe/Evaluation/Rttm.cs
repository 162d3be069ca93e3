using System.Globalization;

namespace CallCoach.Transcribe.Evaluation;

/// <summary>
/// Reads NIST RTTM speaker turns: "SPEAKER file channel start duration &lt;NA&gt; &lt;NA&gt; name &lt;NA&gt; &lt;NA&gt;".
/// Other record types and ";;" comments are passed over.
/// </summary>
public static class Rttm
{
    public static IReadOnlyList<SpeakerTurn> Parse(IEnumerable<string> lines)
    {
        var turns = new List<SpeakerTurn>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0].StartsWith(";;", StringComparison.Ordinal) || fields[0] != "SPEAKER")
            {
                continue;
            }

            if (fields.Length < 8
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
                || !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var duration)
                || start < 0 || duration < 0)
            {
                throw new FormatException($"RTTM line {number} is not \"SPEAKER file channel start duration <NA> <NA> name ...\": {line}");
            }

            turns.Add(new SpeakerTurn(fields[7], start, start + duration));
        }

        return turns;
    }
}
