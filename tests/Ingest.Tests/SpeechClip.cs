using System.Diagnostics;
using System.Globalization;
using CallCoach.Testing;

namespace CallCoach.Ingest.Tests;

/// <summary>
/// One flite sentence, cut to exactly <see cref="Seconds"/> at 16 kHz mono, made once per test class.
/// Tests turn it into the format they need with <see cref="ConvertAsync"/>.
/// </summary>
public sealed class SpeechClip : IAsyncLifetime
{
    public const double Seconds = 2.5;

    private readonly TempDirectory folder = new("ingest-clip");

    public string Path => folder.File("clip16k.wav");

    public async Task InitializeAsync()
    {
        var raw = folder.File("flite.wav");
        await Tools.RunAsync("flite", "-voice", "slt", "-t", "We offer a trial period of thirty days with every feature.", "-o", raw);
        await Tools.RunAsync("sox", raw, "-r", "16000", "-c", "1", "-b", "16", Path, "pad", "0", "3", "trim", "0", Seconds.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the clip to <paramref name="output"/>; sox picks the format from the extension and the output options.</summary>
    public async Task<string> ConvertAsync(string output, params string[] outputOptions)
    {
        await Tools.RunAsync("sox", [Path, .. outputOptions, output]);
        return output;
    }

    /// <summary>Digital silence exactly as long as the clip, in the same format.</summary>
    public async Task<string> SilenceAsync(string output)
    {
        await Tools.RunAsync("sox", Path, output, "vol", "0");
        return output;
    }

    /// <summary>The frame count sox reports for an audio file.</summary>
    public static async Task<long> FramesAsync(string path)
    {
        var start = new ProcessStartInfo("soxi", ["-s", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return long.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
