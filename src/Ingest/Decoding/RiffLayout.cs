using System.Buffers.Binary;

namespace CallCoach.Ingest.Decoding;

/// <summary>
/// Walks a WAV file's chunks and checks every size and format field against the file before NAudio, which trusts
/// the header, reads it. A header that lies (sizes past the end, data too short for what follows, no channels, an
/// absurd rate, a giant fmt chunk) is refused here with the reason, so no size field is ever used to allocate.
/// </summary>
internal sealed record RiffLayout(int Encoding, int Channels, int SampleRate, int BitsPerSample, long DataOffset, long DataLength)
{
    public const int MinSampleRate = 4_000;
    public const int MaxSampleRate = 384_000;
    private const int MaxChunks = 10_000;
    private const int MaxFormatChunk = 64;

    public static RiffLayout Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
        var fileLength = stream.Length;
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12
            || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            throw new UnreadableRecordingException("not a readable WAV file: no RIFF/WAVE header");
        }

        var riffEnd = 8 + (long)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        if (riffEnd > fileLength)
        {
            throw new UnreadableRecordingException(
                $"truncated WAV: the RIFF header declares {riffEnd} bytes but the file holds {fileLength}");
        }

        return Walk(stream, riffEnd);
    }

    private static RiffLayout Walk(FileStream stream, long riffEnd)
    {
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[MaxFormatChunk];
        var formatLength = 0;
        long dataOffset = -1, dataLength = 0;
        var position = 12L;
        for (var count = 0; riffEnd - position >= 8; count++)
        {
            if (count == MaxChunks)
            {
                throw new UnreadableRecordingException($"not a readable WAV file: more than {MaxChunks} chunks");
            }

            stream.Position = position;
            stream.ReadExactly(chunk);
            var id = chunk[..4];
            var length = (long)BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            var available = riffEnd - position - 8;
            if (id.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0)
            {
                throw new UnreadableRecordingException(
                    $"not a readable WAV file: {riffEnd - position} bytes at offset {position} are not a WAV chunk" +
                    (dataOffset >= 0 ? " (the data chunk's size is smaller than the audio after it)" : string.Empty));
            }

            var name = System.Text.Encoding.ASCII.GetString(id);
            if (length > available && length <= stream.Length - position - 8)
            {
                throw new UnreadableRecordingException(
                    $"not a readable WAV file: the RIFF header's size ({riffEnd} bytes) ends inside the '{name}' chunk");
            }

            if (length > available)
            {
                throw new UnreadableRecordingException(name == "data"
                    ? $"truncated WAV: the header declares {length} bytes of audio but the file holds {available}"
                    : $"truncated WAV: the '{name}' chunk declares {length} bytes but only {available} follow");
            }

            if (name == "fmt ")
            {
                formatLength = formatLength > 0 ? throw new UnreadableRecordingException("not a readable WAV file: two fmt chunks")
                    : length is < 16 or > MaxFormatChunk ? throw new UnreadableRecordingException(
                        $"not a readable WAV file: a fmt chunk of {length} bytes (16 to {MaxFormatChunk} expected)")
                    : (int)length;
                stream.ReadExactly(format[..formatLength]);
            }
            else if (name == "data")
            {
                if (formatLength == 0 || dataOffset >= 0)
                {
                    throw new UnreadableRecordingException(formatLength == 0
                        ? "not a readable WAV file: the data chunk comes before the fmt chunk"
                        : "not a readable WAV file: two data chunks");
                }

                (dataOffset, dataLength) = (position + 8, length);
            }

            position += 8 + length + (length & 1);
        }

        if (formatLength == 0 || dataOffset < 0)
        {
            throw new UnreadableRecordingException($"not a readable WAV file: no {(formatLength == 0 ? "fmt" : "data")} chunk");
        }

        return Checked(format[..formatLength], dataOffset, dataLength);
    }

    private static RiffLayout Checked(ReadOnlySpan<byte> format, long dataOffset, long dataLength)
    {
        int encoding = BinaryPrimitives.ReadUInt16LittleEndian(format);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(format[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(format[4..]);
        var byteRate = BinaryPrimitives.ReadUInt32LittleEndian(format[8..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(format[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(format[14..]);

        if (encoding is not (1 or 3 or 0xFFFE))
        {
            throw new UnreadableRecordingException($"unsupported WAV encoding {(NAudio.Wave.WaveFormatEncoding)encoding} at {bits} bits");
        }

        AudioFile.CheckChannels(channels);
        if (sampleRate is < MinSampleRate or > MaxSampleRate)
        {
            throw new UnreadableRecordingException($"a WAV sample rate of {sampleRate} Hz ({MinSampleRate} to {MaxSampleRate} expected)");
        }

        if (bits is not (8 or 16 or 24 or 32 or 64) || blockAlign != channels * bits / 8 || byteRate != sampleRate * (uint)blockAlign)
        {
            throw new UnreadableRecordingException(
                $"inconsistent WAV format: {channels} channels of {bits} bits need {channels * bits / 8} bytes per frame and " +
                $"{sampleRate * (ulong)(channels * bits / 8)} bytes per second, the header says {blockAlign} and {byteRate}");
        }

        // WAVE_FORMAT_EXTENSIBLE carries its real format in 22 more bytes; NAudio reads them whatever the chunk says.
        if (encoding == 0xFFFE && format.Length < 40)
        {
            throw new UnreadableRecordingException($"not a readable WAV file: an extensible fmt chunk of {format.Length} bytes (40 expected)");
        }

        if (dataLength < blockAlign)
        {
            throw new UnreadableRecordingException("the WAV file holds no audio samples");
        }

        return new RiffLayout(encoding, channels, (int)sampleRate, bits, dataOffset, dataLength);
    }
}
