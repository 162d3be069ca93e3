namespace CallCoach.Testing.Fuzzing;

/// <summary>Format-blind mutations: flipped bits, inserted, deleted and duplicated bytes, cuts, and plain noise.</summary>
public static class ByteMutations
{
    public static (byte[] Bytes, string Mutation) Any(byte[] input, Random random) => random.Next(7) switch
    {
        0 => (FlipBits(input, random, random.Next(1, 9)), "bit flips"),
        1 => (Insert(input, random), "bytes inserted"),
        2 => (Delete(input, random), "bytes deleted"),
        3 => (Truncate(input, random), "truncated"),
        4 => (DuplicateRange(input, random), "range duplicated"),
        5 => (Overwrite(input, random), "range overwritten with noise"),
        _ => (FlipBits(input, random, random.Next(20, 200)), "many bit flips"),
    };

    public static byte[] FlipBits(byte[] input, Random random, int flips)
    {
        var bytes = (byte[])input.Clone();
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    public static byte[] Insert(byte[] input, Random random)
    {
        var at = random.Next(input.Length + 1);
        return [.. input[..at], .. Noise(random, random.Next(1, 64)), .. input[at..]];
    }

    public static byte[] Delete(byte[] input, Random random)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        var count = random.Next(1, Math.Min(256, input.Length - at) + 1);
        return [.. input[..at], .. input[(at + count)..]];
    }

    /// <summary>Cuts anywhere, with extra weight on the very start, where headers are only partly there.</summary>
    public static byte[] Truncate(byte[] input, Random random) =>
        input[..(random.Next(3) == 0 ? random.Next(Math.Min(64, input.Length) + 1) : random.Next(input.Length + 1))];

    public static byte[] DuplicateRange(byte[] input, Random random)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        var count = random.Next(1, Math.Min(4096, input.Length - at) + 1);
        return [.. input[..(at + count)], .. input[at..]];
    }

    public static byte[] Overwrite(byte[] input, Random random)
    {
        var bytes = (byte[])input.Clone();
        if (bytes.Length > 0)
        {
            var at = random.Next(bytes.Length);
            Noise(random, Math.Min(bytes.Length - at, random.Next(1, 512))).CopyTo(bytes, at);
        }

        return bytes;
    }

    public static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
