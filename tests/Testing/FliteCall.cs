using System.Globalization;

namespace CallCoach.Testing;

/// <summary>
/// Builds a sales call from flite voices (PocketSphinx recognises slt, rms and awb; espeak-ng it does not).
/// Stereo puts the rep on the left channel and the customer on the right, each silent while the other talks;
/// mono mixes both. Turns are separated by <see cref="PauseSeconds"/>. With <c>rttm</c>, who spoke when is written
/// there as RTTM (rep, customer), each turn as long as flite's speech for it, the pause after it nobody's.
/// </summary>
public static class FliteCall
{
    public const double PauseSeconds = 0.7;

    public static async Task<string> BuildAsync(
        string path,
        IReadOnlyList<CallTurn> turns,
        bool stereo = true,
        string repVoice = "slt",
        string customerVoice = "rms",
        double? padToSeconds = null,
        string? rttm = null)
    {
        var work = Path.Combine(Path.GetDirectoryName(path)!, $".flite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var left = new List<string>();
            var right = new List<string>();
            var truth = new List<string>();
            var clock = 0.0;
            for (var i = 0; i < turns.Count; i++)
            {
                var speech = Path.Combine(work, $"turn{i}.wav");
                await Tools.RunAsync("flite", "-voice", turns[i].Party == Party.Rep ? repVoice : customerVoice, "-t", turns[i].Text, "-o", speech);
                var padded = Path.Combine(work, $"turn{i}p.wav");
                await Tools.RunAsync("sox", speech, "-r", "16000", "-c", "1", "-b", "16", padded, "pad", "0", Format(PauseSeconds));
                var spoken = await DurationAsync(speech);
                truth.Add($"SPEAKER call 1 {Format(clock)} {Format(spoken)} <NA> <NA> {turns[i].Party.ToString().ToLowerInvariant()} <NA> <NA>");
                clock += await DurationAsync(padded);
                var silence = Path.Combine(work, $"silence{i}.wav");
                await Tools.RunAsync("sox", padded, silence, "vol", "0");
                (turns[i].Party == Party.Rep ? left : right).Add(padded);
                (turns[i].Party == Party.Rep ? right : left).Add(silence);
            }

            var leftWav = Path.Combine(work, "left.wav");
            var rightWav = Path.Combine(work, "right.wav");
            await Concatenate(left, leftWav);
            await Concatenate(right, rightWav);

            var mixed = Path.Combine(work, "mixed.wav");
            await Tools.RunAsync("sox", stereo ? "-M" : "-m", leftWav, rightWav, mixed);
            if (padToSeconds is { } total)
            {
                // pad (or trim) to an exact length, for threshold-edge tests
                var padded = Path.Combine(work, "exact.wav");
                await Tools.RunAsync("sox", mixed, padded, "pad", "0", "3600", "trim", "0", Format(total));
                mixed = padded;
            }

            await Tools.RunAsync("sox", mixed, path);
            if (rttm is not null)
            {
                await File.WriteAllLinesAsync(rttm, truth);
            }

            return path;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Task Concatenate(List<string> parts, string output) => Tools.RunAsync("sox", [.. parts, output]);

    private static async Task<double> DurationAsync(string wav) =>
        double.Parse(await Tools.OutputAsync("soxi", "-D", wav), CultureInfo.InvariantCulture);

    private static string Format(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
