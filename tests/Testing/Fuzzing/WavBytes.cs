using System.Buffers.Binary;
using System.Text;

namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// Builds WAV files chunk by chunk, so a test can make a header say anything: sizes past the end, no channels,
/// two fmt chunks. Declared lengths default to the truth.
/// </summary>
public static class WavBytes
{
    public static byte[] Riff(uint? declaredLength, params byte[][] chunks)
    {
        var body = chunks.SelectMany(c => c).ToArray();
        var riff = new byte[12 + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), declaredLength ?? (uint)(4 + body.Length));
        "WAVE"u8.CopyTo(riff.AsSpan(8));
        body.CopyTo(riff.AsSpan(12));
        return riff;
    }

    public static byte[] Chunk(string id, byte[] body, uint? declaredLength = null)
    {
        var chunk = new byte[8 + body.Length + (body.Length & 1)];
        Encoding.ASCII.GetBytes(id).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), declaredLength ?? (uint)body.Length);
        body.CopyTo(chunk, 8);
        return chunk;
    }

    public static byte[] Format(int channels, uint sampleRate, int bits, int? blockAlign = null, uint? byteRate = null, int encoding = 1, uint? declaredLength = null)
    {
        var align = blockAlign ?? channels * bits / 8;
        var body = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)encoding);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4), sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), byteRate ?? (uint)(sampleRate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), (ushort)bits);
        return Chunk("fmt ", body, declaredLength);
    }

    /// <summary>A 440 Hz tone as 16-bit mono PCM.</summary>
    public static byte[] Tone(double seconds, int sampleRate = 16_000)
    {
        var samples = (int)(seconds * sampleRate);
        var pcm = new byte[samples * 2];
        for (var i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / sampleRate)));
        }

        return pcm;
    }

    /// <summary>A well-formed 16 kHz mono 16-bit WAV of <paramref name="pcm"/>.</summary>
    public static byte[] Mono16(byte[] pcm) => Riff(null, Format(1, 16_000, 16), Chunk("data", pcm));
}
