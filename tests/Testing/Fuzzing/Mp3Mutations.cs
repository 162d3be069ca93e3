namespace CallCoach.Testing.Fuzzing;

/// <summary>Mutations that know MP3: ID3 tags with lying sizes, noise after a tag, frame headers broken, frames repeated.</summary>
public static class Mp3Mutations
{
    public static (byte[] Bytes, string Mutation) Any(byte[] mp3, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                var size = random.Next(2) == 0 ? 0x0FFFFFFF : random.Next(0, 4096);
                return ([.. HostileRecordings.Id3([], size), .. new byte[Math.Min(size, random.Next(0, 64))], .. mp3], $"ID3 tag declaring {size} bytes in front");
            case 1:
                return (HostileRecordings.Id3(ByteMutations.Noise(random, random.Next(0, 8192))), "noise after an ID3 tag");
            case 2:
                var header = (byte[])mp3.Clone();
                header[random.Next(1, 4)] = (byte)random.Next(256);
                return (header, "first frame header byte replaced");
            case 3:
                var frame = FirstFrameLength(mp3);
                return ([.. mp3[..frame], .. mp3[..frame], .. mp3], "first frame repeated");
            case 4:
                byte[] corrupt = [(byte)'I', (byte)'D', (byte)'3', (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)];
                return ([.. corrupt, .. mp3], "random ID3 header in front");
            default:
                return ([0xFF, 0xFB, (byte)random.Next(256), (byte)random.Next(256), .. ByteMutations.Noise(random, random.Next(0, 3000))], "frame sync then noise");
        }
    }

    private static int FirstFrameLength(byte[] mp3)
    {
        // MPEG 2 layer III at 16 kHz, as sox writes the seed: 72 × bitrate / rate + padding.
        int[] bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
        return 72 * bitrates[mp3[2] >> 4] * 1000 / 16_000 + ((mp3[2] >> 1) & 1);
    }
}
