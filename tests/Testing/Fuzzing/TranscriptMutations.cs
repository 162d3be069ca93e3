using System.Globalization;
using System.Text;

namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// Mutations that know WebVTT: broken, negative and absurd timestamps, cues that overlap or end before they start,
/// ten thousand cues, a missing header, invalid UTF-8, odd line endings and voice tags built to make a regex slow.
/// </summary>
public static class TranscriptMutations
{
    public static (byte[] Bytes, string Mutation) Any(byte[] vtt, Random random)
    {
        var text = Encoding.UTF8.GetString(vtt);
        return random.Next(12) switch
        {
            0 => (Utf8(text.Replace("00:00:04.000", Pick(random, "00:00:4.0", "0:0:0:04.000", "00:00:04,000", "aa:bb:cc.ddd", "99999999999:00:00.000", "00:00:99999999999999999999.5"), StringComparison.Ordinal)), "broken timestamp"),
            1 => (Utf8(text.Replace("00:00:04.500", "-00:00:04.500", StringComparison.Ordinal)), "negative timestamp"),
            2 => (Utf8(text.Replace("00:00:09.000", "00:00:01.000", StringComparison.Ordinal)), "cue ending before it starts"),
            3 => (Utf8(text.Replace("00:00:09.500", "00:00:02.000", StringComparison.Ordinal)), "overlapping cues"),
            4 => (Cues(random.Next(2) == 0 ? 10_000 : random.Next(1, 500), random), "many cues"),
            5 => (Utf8(text.Replace("WEBVTT", Pick(random, "WEBVT", "webvtt", "WEBVTT-", ""), StringComparison.Ordinal)), "header broken"),
            6 => ([.. vtt[..random.Next(vtt.Length)], 0xC3, 0x28, 0xFF, .. vtt[random.Next(vtt.Length)..]], "invalid UTF-8"),
            7 => (Utf8("\uFEFF" + text.Replace("\n", Pick(random, "\r\n", "\r", "\n\n\n"), StringComparison.Ordinal)), "byte order mark and other line endings"),
            8 => (Utf8($"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v{new string(' ', random.Next(1_000, 200_000))}\n"), "voice tag without end"),
            9 => (Utf8($"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n{new string('a', random.Next(1_000, 500_000))}: hello\n"), "long name-like prefix"),
            10 => (Utf8(text.Replace("00:00:15.000", "00:00:00.000", StringComparison.Ordinal).Replace("00:00:09.500", "00:00:00.000", StringComparison.Ordinal)), "zero-length cue"),
            _ => (Utf8("WEBVTT\n\n" + string.Concat(Enumerable.Repeat("00:00:00.000 --> 00:00:00.000\n\n", random.Next(1, 50)))), "cues without text"),
        };
    }

    private static byte[] Cues(int count, Random random)
    {
        var builder = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < count; i++)
        {
            var start = TimeSpan.FromMilliseconds(i * 700 + random.Next(-300, 300)).Duration();
            builder.Append(CultureInfo.InvariantCulture, $"{start:hh\\:mm\\:ss\\.fff} --> {start + TimeSpan.FromMilliseconds(random.Next(0, 2000)):hh\\:mm\\:ss\\.fff}\n");
            builder.Append(CultureInfo.InvariantCulture, $"<v {(i % 2 == 0 ? "Anna Lee" : "Bob")}>Line {i} about the price and the trial period.\n\n");
        }

        return Utf8(builder.ToString());
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
