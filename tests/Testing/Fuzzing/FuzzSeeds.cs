using System.Text;

namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// The valid inputs the fuzzer mutates: a one-second flite sentence as 16 kHz mono WAV, as 8 kHz stereo 8-bit WAV and
/// as MP3, a small WebVTT and SRT transcript, and a sidecar that fits the WebVTT. Tiny, so thousands stay quick.
/// </summary>
public sealed record FuzzSeeds(byte[] Wav, byte[] StereoWav, byte[] Mp3, byte[] Vtt, byte[] Srt, byte[] Sidecar)
{
    public const string Transcript = """
        WEBVTT

        00:00:00.500 --> 00:00:04.000
        <v Anna Lee>Thanks for your time. How do you schedule your technicians today?

        00:00:04.500 --> 00:00:09.000
        <v Bob>Honestly, the price you quoted is way above what we pay now.

        00:00:09.500 --> 00:00:15.000
        <v Anna Lee>Our trial period is thirty days, so you can test it with real work.
        """;

    /// <summary>Builds the seeds in a folder of their own, which is gone again once their bytes are read.</summary>
    public static async Task<FuzzSeeds> BuildAsync()
    {
        using var folder = new TempDirectory("fuzz-seeds");
        var raw = folder.File("seed-flite.wav");
        var wav = folder.File("seed.wav");
        var stereo = folder.File("seed-stereo.wav");
        var mp3 = folder.File("seed.mp3");
        await Tools.RunAsync("flite", "-voice", "slt", "-t", "Our trial period is thirty days.", "-o", raw);
        await Tools.RunAsync("sox", raw, "-r", "16000", "-c", "1", "-b", "16", wav, "trim", "0", "1");
        await Tools.RunAsync("sox", wav, "-r", "8000", "-c", "2", "-b", "8", stereo);
        await Tools.RunAsync("sox", wav, mp3);
        const string srt = "1\n00:00:00,500 --> 00:00:04,000\nAnna Lee: Thanks for your time.\n\n2\n00:00:04,500 --> 00:00:09,000\nBob: The price is too high.\n";
        return new FuzzSeeds(
            await File.ReadAllBytesAsync(wav),
            await File.ReadAllBytesAsync(stereo),
            await File.ReadAllBytesAsync(mp3),
            Encoding.UTF8.GetBytes(Transcript),
            Encoding.UTF8.GetBytes(srt),
            """{"repId":"rep-7","repName":"Anna Lee","teamId":"east","customerTier":"B","startedAt":"2026-03-01T09:30:00+08:00","source":"fuzz"}"""u8.ToArray());
    }
}
