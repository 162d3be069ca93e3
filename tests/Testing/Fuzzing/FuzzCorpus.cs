namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// Deterministic stream of mutated inputs: the same seed gives the same inputs on every machine (seeded
/// <see cref="Random"/> is stable across .NET versions), so a failing input can be regenerated from its index.
/// </summary>
public static class FuzzCorpus
{
    private static readonly string[] Extensions = [".wav", ".mp3", ".vtt", ".srt", ".bin", ".txt", ""];

    private static readonly string[] HostileNames =
    [
        "../../etc/passwd{0}", "/abs/path{0}.wav", "C:\\x\\y{0}.wav", "a\0b{0}.wav", "\u202Evaw{0}.exe", "..", ".", "../",
        "con{0}.wav", "call\r\n{0}.vtt", "{0}" + new string('n', 300) + ".mp3", "張偉\u200B{0}.vtt", "%2e%2e%2f{0}.wav",
    ];

    public static IEnumerable<FuzzInput> Generate(FuzzSeeds seeds, int count, int seed, bool hostileNames = false)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return One(i, seeds, random, hostileNames);
        }
    }

    private static FuzzInput One(int index, FuzzSeeds seeds, Random random, bool hostileNames)
    {
        var kind = random.Next(100);
        var wav = random.Next(2) == 0 ? seeds.Wav : seeds.StereoWav;
        var (bytes, mutation, extension) = kind switch
        {
            < 12 => With(ByteMutations.Any(wav, random), "WAV", ".wav"),
            < 24 => With(WavMutations.Any(wav, random), "WAV", ".wav"),
            < 32 => With(ByteMutations.Any(seeds.Mp3, random), "MP3", ".mp3"),
            < 40 => With(Mp3Mutations.Any(seeds.Mp3, random), "MP3", ".mp3"),
            < 50 => With(ByteMutations.Any(seeds.Vtt, random), "VTT", ".vtt"),
            < 62 => With(TranscriptMutations.Any(seeds.Vtt, random), "VTT", ".vtt"),
            < 66 => With(ByteMutations.Any(seeds.Srt, random), "SRT", ".srt"),
            < 72 => (Garbage(random, out var what), what, ".bin"),
            < 75 => (ByteMutations.Noise(random, random.Next(0, 4)), "zero to three bytes", ".wav"),
            < 80 => Unchanged(seeds, random),
            // Each sidecar case gets a transcript of its own: the same one again would be a duplicate before its sidecar is read.
            _ => ([.. seeds.Vtt, .. System.Text.Encoding.UTF8.GetBytes($"\n\nNOTE fuzz input {index}\n")], "valid WebVTT", ".vtt"),
        };

        byte[]? sidecar = null;
        if (kind >= 80)
        {
            var (json, how) = JsonMutations.Any(seeds.Sidecar, random);
            (sidecar, mutation) = (json, $"{mutation} with sidecar: {how}");
        }
        else if (random.Next(7) == 0)
        {
            (sidecar, mutation) = (seeds.Sidecar, $"{mutation} with a valid sidecar");
        }

        if (random.Next(10) < 3)
        {
            extension = Extensions[random.Next(Extensions.Length)];
            mutation += $", named {(extension.Length == 0 ? "without extension" : extension)}";
        }

        var name = hostileNames && random.Next(3) == 0
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, HostileNames[random.Next(HostileNames.Length)], index)
            : $"fuzz-{index:D5}{extension}";
        return new FuzzInput(index, name, bytes, sidecar, mutation);
    }

    private static (byte[], string, string) With((byte[] Bytes, string Mutation) mutated, string seed, string extension) =>
        (mutated.Bytes, $"{seed}: {mutated.Mutation}", extension);

    /// <summary>Some valid inputs, so accepted calls and duplicates of them are part of every run.</summary>
    private static (byte[], string, string) Unchanged(FuzzSeeds seeds, Random random) => random.Next(4) switch
    {
        0 => (seeds.Wav, "valid WAV", ".wav"),
        1 => (seeds.StereoWav, "valid stereo WAV", ".wav"),
        2 => (seeds.Mp3, "valid MP3", ".mp3"),
        _ => (seeds.Srt, "valid SRT", ".srt"),
    };

    private static byte[] Garbage(Random random, out string what)
    {
        (string Name, byte[] Bytes)[] prefixes =
        [
            ("no", []), ("RIFF/WAVE", [.. "RIFF"u8, 0xFF, 0xFF, 0xFF, 0x7F, .. "WAVE"u8]), ("ID3", "ID3"u8.ToArray()),
            ("WEBVTT", "WEBVTT\n\n"u8.ToArray()), ("MPEG sync", [0xFF, 0xFB]), ("SRT", "1\n00:00:00,000 --> "u8.ToArray()),
        ];
        var (name, prefix) = prefixes[random.Next(prefixes.Length)];
        what = $"random bytes behind {name} signature";
        return [.. prefix, .. ByteMutations.Noise(random, random.Next(0, random.Next(2) == 0 ? 256 : 65_536))];
    }
}
