using System.Runtime.InteropServices;
using CallCoach.Testing;

namespace CallCoach.Transcribe.Tests;

/// <summary>Synthesised speech as 16 kHz 16-bit samples, the form the recognizers take.</summary>
internal static class Speech
{
    public static async Task<short[]> SynthesizeAsync(string folder, string text, string voice = "slt")
    {
        var wav = Path.Combine(folder, $"{Guid.NewGuid():N}.wav");
        await Tools.RunAsync("flite", "-voice", voice, "-t", text, "-o", wav);
        return await SamplesAsync(wav);
    }

    /// <summary>Every channel of a file, resampled to 16 kHz by sox.</summary>
    public static async Task<short[][]> ChannelsAsync(string path, int channels)
    {
        var result = new short[channels][];
        for (var c = 0; c < channels; c++)
        {
            var raw = Path.ChangeExtension(path, $".ch{c}.raw");
            await Tools.RunAsync("sox", path, "-r", "16000", "-b", "16", "-e", "signed-integer", "-L", "-t", "raw", raw, "remix", (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            result[c] = MemoryMarshal.Cast<byte, short>(await File.ReadAllBytesAsync(raw)).ToArray();
        }

        return result;
    }

    public static async Task<short[]> SamplesAsync(string path) => (await ChannelsAsync(path, 1))[0];
}
