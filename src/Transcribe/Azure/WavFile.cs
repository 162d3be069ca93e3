using System.Buffers.Binary;

namespace CallCoach.Transcribe.Azure;

/// <summary>16-bit PCM mono in a RIFF/WAVE container: the body the short-audio API takes.</summary>
internal static class WavFile
{
    private const int HeaderBytes = 44;

    public static byte[] Pcm16Mono(ReadOnlySpan<short> samples, int sampleRate)
    {
        var dataBytes = samples.Length * sizeof(short);
        var wav = new byte[HeaderBytes + dataBytes];
        var header = wav.AsSpan();
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], HeaderBytes - 8 + dataBytes);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], sampleRate * sizeof(short));
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], sizeof(short));
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], dataBytes);
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(header[(HeaderBytes + 2 * i)..], samples[i]);
        }

        return wav;
    }
}
