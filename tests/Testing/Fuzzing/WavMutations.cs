using System.Buffers.Binary;

namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// Mutations that know the WAV layout: one header field set to a boundary or random value, sizes that promise more
/// (or less) than the file holds, chunks repeated, moved or inserted.
/// </summary>
public static class WavMutations
{
    private static readonly uint[] Extremes = [0, 1, 2, 3, 15, 16, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFF0, 0xFFFFFFFF];

    public static (byte[] Bytes, string Mutation) Any(byte[] wav, Random random)
    {
        var fmt = Find(wav, "fmt "u8);
        var data = Find(wav, "data"u8);
        (int Offset, int Size, string Name)[] fields =
        [
            (4, 4, "RIFF size"), (fmt + 4, 4, "fmt size"), (fmt + 8, 2, "encoding"), (fmt + 10, 2, "channels"),
            (fmt + 12, 4, "sample rate"), (fmt + 16, 4, "byte rate"), (fmt + 20, 2, "block align"), (fmt + 22, 2, "bits"),
            (data + 4, 4, "data size"),
        ];
        switch (random.Next(6))
        {
            case 0:
            case 1:
                var field = fields[random.Next(fields.Length)];
                var value = random.Next(2) == 0 ? Extremes[random.Next(Extremes.Length)] : (uint)random.NextInt64(0, 1L << 32);
                return (Set(wav, field.Offset, field.Size, value), $"{field.Name} set to {value}");
            case 2:
                var lie = random.Next(-64, 65);
                return (Set(wav, data + 4, 4, (uint)(wav.Length - data - 8 + lie)), $"data size off by {lie}");
            case 3:
                var fmtChunk = wav[fmt..(fmt + 24)];
                return ([.. wav[..data], .. fmtChunk, .. wav[data..]], "fmt chunk duplicated");
            case 4:
                var junk = WavBytes.Chunk(random.Next(2) == 0 ? "LIST" : "JUNK", ByteMutations.Noise(random, random.Next(0, 40)), random.Next(3) == 0 ? 0xFFFFFFFF : null);
                return ([.. wav[..fmt], .. junk, .. wav[fmt..]], "chunk inserted before fmt");
            default:
                return ([.. wav[..12], .. wav[data..], .. wav[fmt..data]], "data chunk moved before fmt");
        }
    }

    private static int Find(byte[] wav, ReadOnlySpan<byte> id)
    {
        var at = wav.AsSpan(12).IndexOf(id);
        return at < 0 ? throw new ArgumentException("the seed WAV has no such chunk") : at + 12;
    }

    private static byte[] Set(byte[] input, int offset, int size, uint value)
    {
        var bytes = (byte[])input.Clone();
        if (size == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset), (ushort)value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
        }

        return bytes;
    }
}
