namespace CallCoach.Testing.Fuzzing;

/// <summary>
/// Recordings that lie or are broken in the ways the issue lists, each with a fragment of the reason it must be
/// quarantined with. Shared by the decoder, intake and upload tests, so all three refuse the same files.
/// </summary>
public static class HostileRecordings
{
    private static readonly byte[] Pcm = WavBytes.Tone(0.5);

    public static IReadOnlyDictionary<string, (byte[] Bytes, string Reason)> All { get; } = new Dictionary<string, (byte[], string)>
    {
        ["zero-length"] = ([], "the file is empty"),
        ["three bytes"] = ("RIF"u8.ToArray(), "unsupported content"),
        ["riff size larger than the file"] = (WavBytes.Riff(1_000_000, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", Pcm)), "truncated WAV: the RIFF header declares"),
        ["data size larger than the file"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", Pcm, declaredLength: 0xFFFFFFF0)), "truncated WAV: the header declares 4294967280 bytes of audio"),
        ["data size smaller than the audio"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", Pcm, declaredLength: 100)), "not a WAV chunk"),
        ["riff size ending inside the data"] = (WavBytes.Riff(100, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", Pcm)), "ends inside the 'data' chunk"),
        ["no channels"] = (WavBytes.Riff(null, WavBytes.Format(0, 16_000, 16, blockAlign: 2), WavBytes.Chunk("data", Pcm)), "0 channels"),
        ["65535 channels"] = (WavBytes.Riff(null, WavBytes.Format(65535, 16_000, 16), WavBytes.Chunk("data", Pcm)), "65535 channels"),
        ["sample rate of zero"] = (WavBytes.Riff(null, WavBytes.Format(1, 0, 16), WavBytes.Chunk("data", Pcm)), "sample rate of 0 Hz"),
        ["absurd sample rate"] = (WavBytes.Riff(null, WavBytes.Format(1, 4_000_000_000, 16), WavBytes.Chunk("data", Pcm)), "sample rate of 4000000000 Hz"),
        ["twelve bits"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 12, blockAlign: 2), WavBytes.Chunk("data", Pcm)), "inconsistent WAV format"),
        ["zero bits"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 0, blockAlign: 2), WavBytes.Chunk("data", Pcm)), "inconsistent WAV format"),
        ["byte rate that disagrees"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16, byteRate: 1), WavBytes.Chunk("data", Pcm)), "inconsistent WAV format"),
        ["huge fmt chunk size"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16, declaredLength: 0x7FFFFFF0), WavBytes.Chunk("data", Pcm)), "truncated WAV: the 'fmt ' chunk declares"),
        ["fmt chunk of 60 KB inside the file"] = (WavBytes.Riff(null, WavBytes.Chunk("fmt ", new byte[60_000]), WavBytes.Chunk("data", Pcm)), "a fmt chunk of 60000 bytes"),
        ["two fmt chunks"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Format(2, 8_000, 8), WavBytes.Chunk("data", Pcm)), "two fmt chunks"),
        ["two data chunks"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", Pcm), WavBytes.Chunk("data", Pcm)), "two data chunks"),
        ["data before fmt"] = (WavBytes.Riff(null, WavBytes.Chunk("data", Pcm), WavBytes.Format(1, 16_000, 16)), "data chunk comes before the fmt chunk"),
        ["no data chunk"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16)), "no data chunk"),
        ["empty data chunk"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("data", [])), "holds no audio samples"),
        ["list chunk past the end"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16), WavBytes.Chunk("LIST", new byte[10], declaredLength: 0xFFFFFFFF), WavBytes.Chunk("data", Pcm)), "truncated WAV: the 'LIST' chunk declares"),
        ["adpcm encoding"] = (WavBytes.Riff(null, WavBytes.Format(1, 16_000, 16, encoding: 2), WavBytes.Chunk("data", Pcm)), "unsupported WAV encoding Adpcm"),
        ["random bytes after an ID3 tag"] = (Id3(Garbage(4096, 7)), "no MPEG audio frame at offset 10"),
        ["id3 tag larger than the file"] = (Id3([], declaredSize: 0x0FFFFFFF), "truncated MP3: the ID3 tag declares"),
        ["corrupt id3 size"] = ([.. "ID3"u8, 4, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, .. Garbage(100, 3)], "corrupt ID3 tag header"),
        ["lone mpeg frame header"] = ([0xFF, 0xFB, 0x90, 0x64], "truncated MP3"),
    };

    /// <summary>An ID3v2.4 tag with no frames, declaring <paramref name="declaredSize"/> bytes, followed by <paramref name="after"/>.</summary>
    public static byte[] Id3(byte[] after, int declaredSize = 0)
    {
        byte[] header = [.. "ID3"u8, 4, 0, 0, (byte)((declaredSize >> 21) & 0x7F), (byte)((declaredSize >> 14) & 0x7F), (byte)((declaredSize >> 7) & 0x7F), (byte)(declaredSize & 0x7F)];
        return [.. header, .. after];
    }

    /// <summary>Random bytes with no accidental MPEG sync word (0xFF) or padding (0x00), so the reason is always the same.</summary>
    public static byte[] Garbage(int length, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] is 0xFF or 0x00 ? (byte)0x7F : bytes[i];
        }

        return bytes;
    }
}
